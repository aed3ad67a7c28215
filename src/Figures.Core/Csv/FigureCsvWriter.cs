using Figures.Core.Model;

namespace Figures.Core.Csv;

/// <summary>
/// Writes figures in the exact figures.csv layout: the header, then one row per figure, LF line
/// endings, fields quoted only when needed. Reading a file this wrote and writing it again gives
/// the same bytes. Rows formatted while a file is read (<see cref="FigureReadOptions.Render"/>) go
/// through the same <see cref="WriteRow"/>, so an export is the same bytes either way.
/// </summary>
public static class FigureCsvWriter
{
    // Flush to the stream in pieces of about this size.
    private const int FlushBytes = 1 << 20;

    /// <summary>Writes the dataset form. Set <paramref name="protectFormulas"/> for exports that spreadsheets will open.</summary>
    public static void Write(Stream output, IEnumerable<Figure> figures, bool protectFormulas = false, IReadOnlyList<string>? extraHeaderRow = null)
    {
        var csv = new CsvRowWriter(protectFormulas);
        WriteHeader(csv);
        if (extraHeaderRow is not null) WriteRecord(csv, extraHeaderRow);
        foreach (var figure in figures)
        {
            WriteRow(csv, new ExportRow(figure));
            if (csv.Written.Length >= FlushBytes) FlushTo(output, csv);
        }
        FlushTo(output, csv);
        output.Flush();
    }

    /// <summary>Writes the export header and then rows formatted while reading (<see cref="FigureReadOptions.Render"/>).</summary>
    public static void WriteRendered(Stream output, RenderedRows rows)
    {
        var csv = new CsvRowWriter(protectFormulas: true);
        WriteHeader(csv);
        FlushTo(output, csv);
        foreach (var segment in rows.Segments) output.Write(segment);
        output.Flush();
    }

    /// <summary>Writes one row as one record.</summary>
    internal static void WriteRow(CsvRowWriter csv, in ExportRow row)
    {
        var values = row.Values;
        Text(csv, row, FigureColumns.Id);
        Text(csv, row, FigureColumns.Metric);
        csv.Number(values.Value);
        csv.Number(values.ValueMax);
        Text(csv, row, FigureColumns.Unit);
        Text(csv, row, FigureColumns.Qualifier);
        Text(csv, row, FigureColumns.Location);
        Text(csv, row, FigureColumns.Admin1);
        Text(csv, row, FigureColumns.Admin1Pcode);
        Text(csv, row, FigureColumns.CountryIso3);
        Date(csv, row, FigureColumns.PeriodStart, values.PeriodStart);
        Date(csv, row, FigureColumns.PeriodEnd, values.PeriodEnd);
        Text(csv, row, FigureColumns.AttributedTo);
        Text(csv, row, FigureColumns.Publisher);
        Text(csv, row, FigureColumns.Title);
        Date(csv, row, FigureColumns.Published, values.Published);
        Text(csv, row, FigureColumns.Url);
        Text(csv, row, FigureColumns.SourceFile);
        Text(csv, row, FigureColumns.Quote);
        Text(csv, row, FigureColumns.Notes);
        Text(csv, row, FigureColumns.ConflictsWith);
        csv.EndRecord();
    }

    // A record's text goes out as the bytes it was read as; a figure's is encoded. A checked
    // record's vocabulary word is exactly its spelling (the check is exact), so its bytes are the
    // word. Where the record keeps its fields as the input has them, a field goes out from that form,
    // neither unescaped and escaped again nor searched for characters that need quoting.
    private static void Text(CsvRowWriter csv, in ExportRow row, int column)
    {
        if (!row.IsUtf8)
        {
            csv.Text(row.Text(column));
            return;
        }
        if (row.TryRaw(column, out var raw) && csv.TryRawText(raw)) return;
        csv.Utf8Text(row.Utf8(column));
    }

    // A checked record's date is exactly yyyy-MM-dd (or empty), which is how a date is written, so its bytes are the date.
    private static void Date(CsvRowWriter csv, in ExportRow row, int column, DateOnly? date)
    {
        if (row.IsUtf8) Text(csv, row, column);
        else csv.Date(date);
    }

    private static void WriteHeader(CsvRowWriter csv) => WriteRecord(csv, FigureColumns.All);

    private static void WriteRecord(CsvRowWriter csv, IReadOnlyList<string> fields)
    {
        foreach (var field in fields) csv.Text(field);
        csv.EndRecord();
    }

    private static void FlushTo(Stream output, CsvRowWriter csv)
    {
        output.Write(csv.Written);
        csv.Clear();
    }
}
