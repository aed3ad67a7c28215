using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text;
using Figures.Core.Csv;
using Figures.Core.Model;

namespace Figures.Core.Export;

/// <summary>
/// Writes figures as a JSON array with the figures.csv column names; numbers stay numbers, empty fields
/// are null, and conflicts_with is an array of ids (empty when there are none).
/// </summary>
public static class FigureJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the array, indented, to <paramref name="output"/>.</summary>
    public static void Write(Stream output, IEnumerable<Figure> figures)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartArray();
        foreach (var f in figures) WriteObject(json, new ExportRow(f));
        json.WriteEndArray();
        json.Flush();
    }

    /// <summary>
    /// Writes the array of rows formatted while reading (<see cref="FigureReadOptions.Render"/>):
    /// the same bytes as <see cref="Write"/> of the same figures.
    /// </summary>
    public static void WriteRendered(Stream output, RenderedRows rows)
    {
        if (rows.Count == 0)
        {
            output.Write("[]"u8);
            return;
        }
        var newLine = Encoding.UTF8.GetBytes(Options.NewLine);
        output.Write("["u8);
        output.Write(newLine);
        for (var i = 0; i < rows.Segments.Count; i++)
        {
            if (i > 0)
            {
                output.Write(","u8);
                output.Write(newLine);
            }
            output.Write(rows.Segments[i]);
        }
        output.Write(newLine);
        output.Write("]"u8);
        output.Flush();
    }

    /// <summary>Starts a run of objects formatted while reading: an array whose brackets <see cref="EndRun"/> leaves out.</summary>
    internal static Utf8JsonWriter StartRun(Stream output)
    {
        var json = new Utf8JsonWriter(output, Options);
        json.WriteStartArray();
        return json;
    }

    /// <summary>
    /// Ends a run; returns how many bytes at its start ("[" and a line break) and at its end (a line
    /// break and "]") are the array's own, so that the objects between can join another run's.
    /// </summary>
    internal static (int Head, int Tail) EndRun(Utf8JsonWriter json)
    {
        json.WriteEndArray();
        json.Dispose(); // flushes
        return (1 + Options.NewLine.Length, Options.NewLine.Length + 1);
    }

    /// <summary>Writes one row as one object.</summary>
    internal static void WriteObject(Utf8JsonWriter json, in ExportRow row)
    {
        var values = row.Values;
        json.WriteStartObject();
        String(json, "id", row, FigureColumns.Id);
        json.WriteString("metric", Vocabulary.Name(values.Metric));
        json.WriteNumber("value", values.Value);
        if (values.ValueMax is { } max) json.WriteNumber("value_max", max); else json.WriteNull("value_max");
        json.WriteString("unit", Vocabulary.Name(values.Unit));
        json.WriteString("qualifier", Vocabulary.Name(values.Qualifier));
        Text(json, "location", row, FigureColumns.Location);
        Text(json, "admin1", row, FigureColumns.Admin1);
        Text(json, "admin1_pcode", row, FigureColumns.Admin1Pcode);
        Text(json, "country_iso3", row, FigureColumns.CountryIso3);
        Date(json, "period_start", values.PeriodStart);
        Date(json, "period_end", values.PeriodEnd);
        Text(json, "attributed_to", row, FigureColumns.AttributedTo);
        Text(json, "publisher", row, FigureColumns.Publisher);
        Text(json, "title", row, FigureColumns.Title);
        Date(json, "published", values.Published);
        Text(json, "url", row, FigureColumns.Url);
        Text(json, "source_file", row, FigureColumns.SourceFile);
        String(json, "quote", row, FigureColumns.Quote);
        Text(json, "notes", row, FigureColumns.Notes);
        Ids(json, "conflicts_with", row, FigureColumns.ConflictsWith);
        json.WriteEndObject();
    }

    // A list of ids separated by ';' in the CSV: an array of strings here.
    private static void Ids(Utf8JsonWriter json, string name, in ExportRow row, int column)
    {
        json.WriteStartArray(name);
        if (row.IsUtf8)
        {
            var rest = row.Utf8(column);
            while (!rest.IsEmpty)
            {
                var end = rest.IndexOf((byte)';');
                json.WriteStringValue(end < 0 ? rest : rest[..end]);
                rest = end < 0 ? default : rest[(end + 1)..];
            }
        }
        else
        {
            var rest = row.Text(column);
            while (!rest.IsEmpty)
            {
                var end = rest.IndexOf(';');
                json.WriteStringValue(end < 0 ? rest : rest[..end]);
                rest = end < 0 ? default : rest[(end + 1)..];
            }
        }
        json.WriteEndArray();
    }

    // An optional text column: null when empty.
    private static void Text(Utf8JsonWriter json, string name, in ExportRow row, int column)
    {
        var empty = row.IsUtf8 ? row.Utf8(column).IsEmpty : row.Text(column).IsEmpty;
        if (empty) json.WriteNull(name);
        else String(json, name, row, column);
    }

    // A record's text goes in as the bytes it was read as (the writer escapes both forms alike); a figure's as text.
    private static void String(Utf8JsonWriter json, string name, in ExportRow row, int column)
    {
        if (row.IsUtf8) json.WriteString(name, row.Utf8(column));
        else json.WriteString(name, row.Text(column));
    }

    private static void Date(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is not { } d)
        {
            json.WriteNull(name);
            return;
        }
        // "O" is yyyy-MM-dd for a date, without a custom pattern or a string.
        Span<char> text = stackalloc char[10];
        d.TryFormat(text, out var written, "O", System.Globalization.CultureInfo.InvariantCulture);
        json.WriteString(name, text[..written]);
    }
}
