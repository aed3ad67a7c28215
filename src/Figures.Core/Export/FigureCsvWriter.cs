using Figures.Core.Model;

namespace Figures.Core.Export;

/// <summary>
/// Writes figures in the exact figures.csv layout: the header, then one row per figure, LF line
/// endings, fields quoted only when needed. Reading a file this wrote and writing it again gives
/// the same bytes.
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
            WriteRow(csv, figure);
            if (csv.Written.Length >= FlushBytes) FlushTo(output, csv);
        }
        FlushTo(output, csv);
        output.Flush();
    }

    /// <summary>Writes one row as one record.</summary>
    private static void WriteRow(CsvRowWriter csv, Figure figure)
    {
        csv.Text(figure.Id);
        csv.Text(Vocabulary.Name(figure.Metric));
        csv.Number(figure.Value);
        csv.Number(figure.ValueMax);
        csv.Text(Vocabulary.Name(figure.Unit));
        csv.Text(Vocabulary.Name(figure.Qualifier));
        csv.Text(figure.Location);
        csv.Text(figure.Admin1);
        csv.Text(figure.Admin1Pcode);
        csv.Text(figure.CountryIso3);
        csv.Date(figure.PeriodStart);
        csv.Date(figure.PeriodEnd);
        csv.Text(figure.AttributedTo);
        csv.Text(figure.Publisher);
        csv.Text(figure.Title);
        csv.Date(figure.Published);
        csv.Text(figure.Url);
        csv.Text(figure.SourceFile);
        csv.Text(figure.Quote);
        csv.Text(figure.Notes);
        csv.Text(figure.ConflictsWith);
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
