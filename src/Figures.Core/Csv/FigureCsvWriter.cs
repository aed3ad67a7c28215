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
        csv.Text(row.Text(FigureColumns.Id));
        csv.Text(Vocabulary.Name(values.Metric));
        csv.Number(values.Value);
        csv.Number(values.ValueMax);
        csv.Text(Vocabulary.Name(values.Unit));
        csv.Text(Vocabulary.Name(values.Qualifier));
        csv.Text(row.Text(FigureColumns.Location));
        csv.Text(row.Text(FigureColumns.Admin1));
        csv.Text(row.Text(FigureColumns.Admin1Pcode));
        csv.Text(row.Text(FigureColumns.CountryIso3));
        csv.Date(values.PeriodStart);
        csv.Date(values.PeriodEnd);
        csv.Text(row.Text(FigureColumns.AttributedTo));
        csv.Text(row.Text(FigureColumns.Publisher));
        csv.Text(row.Text(FigureColumns.Title));
        csv.Date(values.Published);
        csv.Text(row.Text(FigureColumns.Url));
        csv.Text(row.Text(FigureColumns.SourceFile));
        csv.Text(row.Text(FigureColumns.Quote));
        csv.Text(row.Text(FigureColumns.Notes));
        csv.EndRecord();
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
