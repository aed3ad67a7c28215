using System.Globalization;
using System.Text.Json;
using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Text;

namespace Figures.Reports.Definition;

/// <summary>
/// Reads a brief definition (JSON). Unknown keys, wrong types and bad values are reported as
/// <c>FILE:LINE:COLUMN: message</c> problems, never as exceptions.
/// </summary>
public static class BriefDefinitionReader
{
    private static readonly string[] Keys =
        ["title", "subtitle", "area", "period", "metrics", "organisation", "author", "issued", "paper", "font"];

    /// <summary>Reads <paramref name="path"/>; the definition is null when there are problems.</summary>
    public static (BriefDefinition? Definition, IReadOnlyList<Diagnostic> Problems) ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var message = e is FileNotFoundException or DirectoryNotFoundException ? "brief definition not found" : $"cannot read: {e.Message}";
            return (null, [new Diagnostic(path, 1, 1, message, ExitCode.UsageOrUnreadable)]);
        }
        return Read(bytes, path);
    }

    /// <summary>Reads a definition from UTF-8 JSON bytes; <paramref name="path"/> names it in messages and gives its name.</summary>
    public static (BriefDefinition? Definition, IReadOnlyList<Diagnostic> Problems) Read(byte[] bytes, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            return (null, [new Diagnostic(path, line, column, "not valid JSON: " + FirstSentence(e.Message), ExitCode.InvalidData)]);
        }
        using (document) return new Parser(bytes, path).Parse(document.RootElement);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private sealed class Parser(byte[] bytes, string path)
    {
        private readonly List<Diagnostic> _problems = [];

        public (BriefDefinition?, IReadOnlyList<Diagnostic>) Parse(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Problem("a brief definition is a JSON object", "");
                return (null, _problems);
            }
            foreach (var property in root.EnumerateObject())
            {
                if (Keys.Contains(property.Name)) continue;
                var suggestion = Suggest.Closest(property.Name, Keys);
                Problem(suggestion is null ? $"unknown key '{property.Name}'" : $"unknown key '{property.Name}'; did you mean '{suggestion}'?", property.Name);
            }
            var title = String(root, "title");
            if (string.IsNullOrWhiteSpace(title)) Problem("'title' is required", "title");
            var area = root.TryGetProperty("area", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
            var period = root.TryGetProperty("period", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
            var definition = new BriefDefinition
            {
                Name = Path.GetFileNameWithoutExtension(path),
                Title = title ?? "",
                Subtitle = String(root, "subtitle") ?? "",
                Admin1 = area.ValueKind == JsonValueKind.Object ? String(area, "admin1") : null,
                Country = area.ValueKind == JsonValueKind.Object ? String(area, "country") : null,
                AreaLabel = area.ValueKind == JsonValueKind.Object ? String(area, "label") ?? "" : "",
                From = period.ValueKind == JsonValueKind.Object ? Date(period, "from") : null,
                To = period.ValueKind == JsonValueKind.Object ? Date(period, "to") : null,
                IncludeUndated = period.ValueKind != JsonValueKind.Object || Bool(period, "include_undated") != false,
                Metrics = Metrics(root),
                Organisation = String(root, "organisation") ?? "",
                Author = String(root, "author") ?? "",
                Issued = Date(root, "issued"),
                Paper = Paper(root),
                Font = Font(root),
            };
            if (definition.From > definition.To) Problem("'period.from' is after 'period.to'", "from");
            return (_problems.Count == 0 ? definition : null, _problems);
        }

        private string? String(JsonElement parent, string key)
        {
            if (!parent.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind == JsonValueKind.String) return value.GetString();
            Problem($"'{key}' must be a string", key);
            return null;
        }

        private bool? Bool(JsonElement parent, string key)
        {
            if (!parent.TryGetProperty(key, out var value)) return null;
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
            Problem($"'{key}' must be true or false", key);
            return null;
        }

        private DateOnly? Date(JsonElement parent, string key)
        {
            var text = String(parent, key);
            if (text is null) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            Problem($"'{key}' value '{text}' is not a date in the form yyyy-MM-dd", key);
            return null;
        }

        private IReadOnlyList<Metric> Metrics(JsonElement root)
        {
            if (!root.TryGetProperty("metrics", out var list)) return [];
            if (list.ValueKind != JsonValueKind.Array)
            {
                Problem("'metrics' must be a list of metric names", "metrics");
                return [];
            }
            var metrics = new List<Metric>();
            foreach (var item in list.EnumerateArray())
            {
                var name = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.ToString();
                if (Vocabulary.TryParseMetric(name, out var metric)) metrics.Add(metric);
                else
                {
                    var suggestion = Suggest.Closest(name, Vocabulary.MetricSpellings);
                    Problem(suggestion is null ? $"unknown metric '{name}'" : $"unknown metric '{name}'; did you mean '{suggestion}'?", "metrics");
                }
            }
            return metrics;
        }

        private PaperSize Paper(JsonElement root)
        {
            var text = String(root, "paper");
            if (text is null) return PaperSize.A4;
            if (text.Equals("A4", StringComparison.OrdinalIgnoreCase)) return PaperSize.A4;
            if (text.Equals("Letter", StringComparison.OrdinalIgnoreCase)) return PaperSize.Letter;
            Problem($"'paper' value '{text}' is not A4 or Letter", "paper");
            return PaperSize.A4;
        }

        private BriefFont? Font(JsonElement root)
        {
            if (!root.TryGetProperty("font", out var font) || font.ValueKind == JsonValueKind.Null) return null;
            if (font.ValueKind != JsonValueKind.Object)
            {
                Problem("'font' must be an object with 'family', 'regular' and optional 'bold'", "font");
                return null;
            }
            var family = String(font, "family");
            var regular = String(font, "regular");
            if (family is null || regular is null)
            {
                Problem("'font' needs 'family' and 'regular' (a font file path)", "font");
                return null;
            }
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var bold = String(font, "bold");
            var resolved = new BriefFont(family, Path.Combine(folder, regular), bold is null ? null : Path.Combine(folder, bold));
            if (!File.Exists(resolved.Regular)) Problem($"font file '{regular}' not found", "regular");
            if (resolved.Bold is not null && !File.Exists(resolved.Bold)) Problem($"font file '{bold}' not found", "bold");
            return resolved;
        }

        // JsonElement carries no positions, so locate the key's first occurrence in the text.
        private void Problem(string message, string key)
        {
            var (line, column) = Locate(key);
            _problems.Add(new Diagnostic(path, line, column, message));
        }

        private (int Line, int Column) Locate(string key)
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            var index = key.Length == 0 ? -1 : text.IndexOf($"\"{key}\"", StringComparison.Ordinal);
            if (index < 0) return (1, 1);
            var line = 1 + text.AsSpan(0, index).Count('\n');
            var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
            return (line, column);
        }
    }
}
