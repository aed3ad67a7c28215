using System.Text.Encodings.Web;
using System.Text.Json;
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
        foreach (var f in figures) WriteObject(json, f);
        json.WriteEndArray();
        json.Flush();
    }

    // One figure as one object.
    private static void WriteObject(Utf8JsonWriter json, Figure f)
    {
        json.WriteStartObject();
        json.WriteString("id", f.Id);
        json.WriteString("metric", Vocabulary.Name(f.Metric));
        json.WriteNumber("value", f.Value);
        if (f.ValueMax is { } max) json.WriteNumber("value_max", max); else json.WriteNull("value_max");
        json.WriteString("unit", Vocabulary.Name(f.Unit));
        json.WriteString("qualifier", Vocabulary.Name(f.Qualifier));
        Text(json, "location", f.Location);
        Text(json, "admin1", f.Admin1);
        Text(json, "admin1_pcode", f.Admin1Pcode);
        Text(json, "country_iso3", f.CountryIso3);
        Date(json, "period_start", f.PeriodStart);
        Date(json, "period_end", f.PeriodEnd);
        Text(json, "attributed_to", f.AttributedTo);
        Text(json, "publisher", f.Publisher);
        Text(json, "title", f.Title);
        Date(json, "published", f.Published);
        Text(json, "url", f.Url);
        Text(json, "source_file", f.SourceFile);
        json.WriteString("quote", f.Quote);
        Text(json, "notes", f.Notes);
        Ids(json, "conflicts_with", f.ConflictsWith);
        json.WriteEndObject();
    }

    // A list of ids separated by ';' in the CSV: an array of strings here.
    private static void Ids(Utf8JsonWriter json, string name, ReadOnlySpan<char> ids)
    {
        json.WriteStartArray(name);
        var rest = ids;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf(';');
            json.WriteStringValue(end < 0 ? rest : rest[..end]);
            rest = end < 0 ? default : rest[(end + 1)..];
        }
        json.WriteEndArray();
    }

    // An optional text column: null when empty.
    private static void Text(Utf8JsonWriter json, string name, string text)
    {
        if (text.Length == 0) json.WriteNull(name);
        else json.WriteString(name, text);
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
