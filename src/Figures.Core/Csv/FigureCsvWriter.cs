using System.Globalization;
using CsvHelper;
using Figures.Core.Model;

namespace Figures.Core.Csv;

/// <summary>
/// Writes figures in the exact figures.csv layout: the header, then one row per figure, LF line
/// endings, fields quoted only when needed. Reading a file this wrote and writing it again gives
/// the same bytes.
/// </summary>
public static class FigureCsvWriter
{
    /// <summary>Writes the dataset form. Set <paramref name="protectFormulas"/> for exports that spreadsheets will open.</summary>
    public static void Write(Stream output, IEnumerable<Figure> figures, bool protectFormulas = false, IReadOnlyList<string>? extraHeaderRow = null)
    {
        using var csv = CsvWriter.Create(output, Options(protectFormulas), leaveOpen: true);
        csv.WriteHeader(FigureColumns.All.ToArray());
        if (extraHeaderRow is not null) csv.WriteRecord(extraHeaderRow.ToArray());
        // Rows are formatted on every core and written in order: the output is the same as a loop's.
        csv.ParallelWrite(figures, WriteRow, maxDegreeOfParallelism: -1);
        csv.Flush();
    }

    /// <summary>Writes the export header and then rows formatted while reading (<see cref="FigureReadOptions.Render"/>).</summary>
    public static void WriteRendered(Stream output, RenderedRows rows)
    {
        using (var csv = CsvWriter.Create(output, Options(protectFormulas: true), leaveOpen: true))
        {
            csv.WriteHeader(FigureColumns.All.ToArray());
            csv.Flush();
        }
        foreach (var segment in rows.Segments) output.Write(segment);
        output.Flush();
    }

    /// <summary>A writer of export rows (formulas neutralised), for formatting figures as they are read.</summary>
    internal static CsvWriter CreateRowWriter(Stream output) => CsvWriter.Create(output, Options(protectFormulas: true), leaveOpen: true);

    private static CsvWriterOptions Options(bool protectFormulas) =>
        CsvWriterOptions.Default with
        {
            NewLine = "\n",
            FormatProvider = CultureInfo.InvariantCulture,
            Injection = protectFormulas ? CsvInjection.Escape : CsvInjection.None,
        };

    /// <summary>Writes one figure as one record.</summary>
    internal static void WriteRow(CsvWriter csv, Figure figure) => WriteRow(csv, new ExportRow(figure));

    /// <summary>Writes one row as one record.</summary>
    internal static void WriteRow(CsvWriter csv, in ExportRow row)
    {
        var values = row.Values;
        csv.WriteField(row.Text(FigureColumns.Id));
        csv.WriteField(Vocabulary.Name(values.Metric));
        csv.WriteField(values.Value, default);
        if (values.ValueMax is { } max) csv.WriteField(max, default); else csv.WriteField("");
        csv.WriteField(Vocabulary.Name(values.Unit));
        csv.WriteField(Vocabulary.Name(values.Qualifier));
        csv.WriteField(row.Text(FigureColumns.Location));
        csv.WriteField(row.Text(FigureColumns.Admin1));
        csv.WriteField(row.Text(FigureColumns.Admin1Pcode));
        csv.WriteField(row.Text(FigureColumns.CountryIso3));
        WriteDate(csv, values.PeriodStart);
        WriteDate(csv, values.PeriodEnd);
        csv.WriteField(row.Text(FigureColumns.AttributedTo));
        csv.WriteField(row.Text(FigureColumns.Publisher));
        csv.WriteField(row.Text(FigureColumns.Title));
        WriteDate(csv, values.Published);
        csv.WriteField(row.Text(FigureColumns.Url));
        csv.WriteField(row.Text(FigureColumns.SourceFile));
        csv.WriteField(row.Text(FigureColumns.Quote));
        csv.WriteField(row.Text(FigureColumns.Notes));
        csv.EndRecord();
    }

    private static void WriteDate(CsvWriter csv, DateOnly? date)
    {
        if (date is not { } d)
        {
            csv.WriteField("");
            return;
        }
        // "O" is yyyy-MM-dd for a date, formatted without parsing a custom pattern or making a string.
        Span<char> text = stackalloc char[10];
        d.TryFormat(text, out var written, "O", CultureInfo.InvariantCulture);
        csv.WriteField(text[..written]);
    }
}
