using System.Text.Encodings.Web;
using System.Text.Json;
using Figures.Core.Model;

namespace Figures.Core.Export;

/// <summary>Writes figures as a JSON array with the figures.csv column names; numbers stay numbers, empty fields are null.</summary>
public static class FigureJsonWriter
{
    /// <summary>Writes the array, indented, to <paramref name="output"/>.</summary>
    public static void Write(Stream output, IEnumerable<Figure> figures)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var f in figures)
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
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
    }

    private static void Text(Utf8JsonWriter json, string name, string value)
    {
        if (value.Length == 0) json.WriteNull(name); else json.WriteString(name, value);
    }

    private static void Date(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d) json.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else json.WriteNull(name);
    }
}
