using System.Globalization;
using System.Text.Json;
using Figures.Core.Diagnostics;
using Figures.Core.IO;
using Figures.Core.Model;
using Figures.Core.Text;

namespace Figures.Reports.Definition;

/// <summary>
/// Reads a brief definition (JSON). Unknown keys (at any depth), duplicate keys, wrong types, bad
/// values, text that is not UTF-8 and text too long for a brief are reported as
/// <c>FILE:LINE:COLUMN: message</c> problems, never as exceptions.
/// </summary>
public static class BriefDefinitionReader
{
    /// <summary>The largest definition read, in bytes: a definition is a few hundred bytes.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The largest font file a definition may name, in bytes (large CJK fonts are about 20 MB).</summary>
    public const long MaxFontBytes = 64L * 1024 * 1024;

    private static readonly string[] Keys =
        ["title", "subtitle", "area", "period", "metrics", "organisation", "author", "issued", "paper", "font", "language", "digits"];

    // The keys each object may hold, by its path.
    private static readonly Dictionary<string, string[]> NestedKeys = new(StringComparer.Ordinal)
    {
        [""] = Keys,
        ["area"] = ["country", "admin1", "label"],
        ["period"] = ["from", "to", "include_undated"],
        ["font"] = ["family", "regular", "bold"],
    };

    // The longest text each key may hold, in characters: enough for any real brief, short enough to lay out.
    private static readonly Dictionary<string, int> MaxLength = new(StringComparer.Ordinal)
    {
        ["title"] = 300,
        ["subtitle"] = 600,
        ["area.label"] = 300,
        ["organisation"] = 200,
        ["author"] = 200,
        ["font.family"] = 100,
        ["font.regular"] = 1000,
        ["font.bold"] = 1000,
    };

    /// <summary>Reads <paramref name="path"/>; the definition is null when there are problems.</summary>
    public static (BriefDefinition? Definition, IReadOnlyList<Diagnostic> Problems) ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = BoundedFile.Read(path, MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var message = e is FileNotFoundException or DirectoryNotFoundException ? "brief definition not found" : $"cannot read: {e.Message}";
            return (null, [new Diagnostic(path, 1, 1, message, Severity.Unusable)]);
        }
        if (bytes.Length > MaxBytes)
        {
            return (null, [new Diagnostic(path, 1, 1,
                $"the definition is larger than {MaxBytes / (1024 * 1024)} MB; a brief definition is a short JSON file (is this the right file?)", Severity.Unusable)]);
        }
        return Read(bytes, path);
    }

    /// <summary>Reads a definition from UTF-8 JSON bytes; <paramref name="path"/> names it in messages and gives its name.</summary>
    public static (BriefDefinition? Definition, IReadOnlyList<Diagnostic> Problems) Read(byte[] bytes, string path)
    {
        var text = new TextPositions(bytes);
        if (ByteOrderMark.ForeignEncoding(bytes) is { } encoding)
            return (null, [new Diagnostic(path, 1, 1, $"the definition is {encoding} text; save it as UTF-8", Severity.Unusable)]);
        if (FirstInvalidUtf8(bytes) is { } bad)
        {
            var (line, column) = text.At(bad);
            return (null, [new Diagnostic(path, line, column,
                $"not UTF-8 text (byte 0x{bytes[bad]:X2}); save the definition as UTF-8", Severity.Unusable)]);
        }
        JsonDocument document;
        var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
        try
        {
            document = JsonDocument.Parse(bytes, options);
        }
        catch (JsonException e)
        {
            var (line, column) = text.At(text.Offset(e.LineNumber ?? 0, e.BytePositionInLine ?? 0));
            return (null, [new Diagnostic(path, line, column, "not valid JSON: " + FirstSentence(e.Message), Severity.Invalid)]);
        }
        using (document)
        {
            var keys = KeyPositions.Find(bytes, options, text);
            return new Parser(path, keys).Parse(document.RootElement);
        }
    }

    // The offset of the first byte that is not part of well-formed UTF-8 (after a UTF-8 byte order mark), or null.
    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var chars = new char[4096];
        var offset = start;
        while (offset < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], chars, out var read, out _, replaceInvalidSequences: false);
            if (status == System.Buffers.OperationStatus.InvalidData || status == System.Buffers.OperationStatus.NeedMoreData) return offset + read;
            offset += read;
        }
        return null;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private sealed class Parser(string path, KeyPositions keys)
    {
        private readonly List<Diagnostic> _problems = [];
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

        public (BriefDefinition?, IReadOnlyList<Diagnostic>) Parse(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Problem("a brief definition is a JSON object", "");
                return (null, _problems);
            }
            if (keys.BadKey is { } bad)
            {
                // Looking any key up would have to decode it: nothing more can be read safely.
                var (line, column) = keys.At(bad);
                _problems.Add(new Diagnostic(path, line, column, "a key holds an escape that is not a Unicode character (a lone surrogate such as \\ud800)"));
                return (null, _problems);
            }
            foreach (var (duplicate, _) in keys.Duplicates) Problem($"duplicate key '{duplicate}'", duplicate, duplicate: true);
            CheckKeys(root, "");
            var title = String(root, "title");
            if (string.IsNullOrWhiteSpace(title) && !_reported.Contains("title")) Problem("'title' is required", "title");
            var area = Object(root, "area");
            var period = Object(root, "period");
            var definition = new BriefDefinition
            {
                Name = Path.GetFileNameWithoutExtension(path),
                Title = title ?? "",
                Subtitle = String(root, "subtitle") ?? "",
                Admin1 = area is { } a1 ? String(a1, "admin1", "area") : null,
                Country = area is { } c ? String(c, "country", "area") : null,
                AreaLabel = area is { } l ? String(l, "label", "area") ?? "" : "",
                From = period is { } f ? Date(f, "from", "period") : null,
                To = period is { } t ? Date(t, "to", "period") : null,
                IncludeUndated = period is not { } u || Bool(u, "include_undated", "period") != false,
                Metrics = Metrics(root),
                Organisation = String(root, "organisation") ?? "",
                Author = String(root, "author") ?? "",
                Issued = Date(root, "issued"),
                Paper = Paper(root),
                Font = Font(root),
                Language = Language(root),
                Digits = Digits(root),
            };
            if (root.TryGetProperty("digits", out _) && definition.Language != Core.Wording.Language.Arabic && !_reported.Contains("digits"))
                Problem("'digits' chooses the digits of an Arabic brief; add \"language\": \"ar\" or leave 'digits' out", "digits");
            if (definition.From > definition.To) Problem("'period.from' is after 'period.to'", "period.from");
            return (_problems.Count == 0 ? definition : null, _problems);
        }

        // Every key of every object the definition knows, with "did you mean" for a near miss.
        private void CheckKeys(JsonElement element, string at)
        {
            var known = NestedKeys[at];
            foreach (var property in element.EnumerateObject())
            {
                var name = Name(property, at);
                if (name is null) continue;
                var key = at.Length == 0 ? name : $"{at}.{name}";
                if (!known.Contains(name, StringComparer.Ordinal))
                {
                    var suggestion = name.Length <= 100 ? Suggest.Closest(name, known) : null;
                    var shown = Show(key);
                    Problem(suggestion is null
                        ? $"unknown key '{shown}'; {(at.Length == 0 ? "a definition" : $"'{at}'")} has {string.Join(", ", known)}"
                        : $"unknown key '{shown}'; did you mean '{(at.Length == 0 ? suggestion : $"{at}.{suggestion}")}'?", key);
                    continue;
                }
                if (NestedKeys.ContainsKey(key) && property.Value.ValueKind == JsonValueKind.Object) CheckKeys(property.Value, key);
            }
        }

        // A property's name, or null (and a problem) when it is not Unicode text (a lone surrogate escape).
        private string? Name(JsonProperty property, string at)
        {
            try
            {
                return property.Name;
            }
            catch (InvalidOperationException)
            {
                Problem("a key holds an escape that is not a Unicode character (a lone surrogate such as \\ud800)", at);
                return null;
            }
        }

        private JsonElement? Object(JsonElement parent, string key)
        {
            if (!parent.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind == JsonValueKind.Object) return value;
            Problem($"'{key}' must be an object", key);
            return null;
        }

        private string? String(JsonElement parent, string key, string at = "")
        {
            var full = at.Length == 0 ? key : $"{at}.{key}";
            if (!parent.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind != JsonValueKind.String)
            {
                Problem($"'{full}' must be a string", full);
                return null;
            }
            string text;
            try
            {
                text = value.GetString()!;
            }
            catch (InvalidOperationException)
            {
                Problem($"'{full}' holds an escape that is not a Unicode character (a lone surrogate such as \\ud800)", full);
                return null;
            }
            if (MaxLength.TryGetValue(full, out var max) && text.Length > max)
            {
                Problem(string.Create(CultureInfo.InvariantCulture, $"'{full}' is {text.Length} characters long; at most {max}"), full);
                return null;
            }
            if (text.Any(char.IsControl))
            {
                Problem($"'{full}' holds a control character (a line break, a tab or a terminal escape); write it on one line", full);
                return null;
            }
            return text;
        }

        private bool? Bool(JsonElement parent, string key, string at)
        {
            var full = $"{at}.{key}";
            if (!parent.TryGetProperty(key, out var value)) return null;
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
            Problem($"'{full}' must be true or false", full);
            return null;
        }

        private DateOnly? Date(JsonElement parent, string key, string at = "")
        {
            var full = at.Length == 0 ? key : $"{at}.{key}";
            var text = String(parent, key, at);
            if (text is null) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            Problem($"'{full}' value '{Show(text)}' is not a date in the form yyyy-MM-dd", full);
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
                string name;
                try
                {
                    name = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText();
                }
                catch (InvalidOperationException)
                {
                    Problem("'metrics' holds an escape that is not a Unicode character (a lone surrogate such as \\ud800)", "metrics");
                    continue;
                }
                if (Vocabulary.TryParseMetric(name, out var metric)) metrics.Add(metric);
                else
                {
                    var suggestion = name.Length <= 100 ? Suggest.Closest(name, Vocabulary.MetricSpellings) : null;
                    Problem(suggestion is null ? $"unknown metric '{Show(name)}'" : $"unknown metric '{Show(name)}'; did you mean '{suggestion}'?", "metrics");
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
            Problem($"'paper' value '{Show(text)}' is not A4 or Letter", "paper");
            return PaperSize.A4;
        }

        private Core.Wording.Language Language(JsonElement root)
        {
            var text = String(root, "language");
            if (text is null || text.Equals("en", StringComparison.OrdinalIgnoreCase)) return Core.Wording.Language.English;
            if (text.Equals("ar", StringComparison.OrdinalIgnoreCase)) return Core.Wording.Language.Arabic;
            Problem($"'language' value '{Show(text)}' is not en (English) or ar (Arabic)", "language");
            return Core.Wording.Language.English;
        }

        private Core.Wording.DigitStyle Digits(JsonElement root)
        {
            var text = String(root, "digits");
            if (text is null || text.Equals("western", StringComparison.OrdinalIgnoreCase)) return Core.Wording.DigitStyle.Western;
            if (text.Equals("arabic-indic", StringComparison.OrdinalIgnoreCase)) return Core.Wording.DigitStyle.ArabicIndic;
            Problem($"'digits' value '{Show(text)}' is not western (0-9) or arabic-indic (٠-٩)", "digits");
            return Core.Wording.DigitStyle.Western;
        }

        private BriefFont? Font(JsonElement root)
        {
            if (!root.TryGetProperty("font", out var font) || font.ValueKind == JsonValueKind.Null) return null;
            if (font.ValueKind != JsonValueKind.Object)
            {
                Problem("'font' must be an object with 'family', 'regular' and optional 'bold'", "font");
                return null;
            }
            var family = String(font, "family", "font");
            var regular = String(font, "regular", "font");
            if (family is null || regular is null)
            {
                Problem("'font' needs 'family' and 'regular' (a font file path)", "font");
                return null;
            }
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var bold = String(font, "bold", "font");
            var resolved = new BriefFont(family, Path.Combine(folder, regular), bold is null ? null : Path.Combine(folder, bold));
            CheckFontFile(resolved.Regular, regular, "font.regular");
            if (resolved.Bold is not null) CheckFontFile(resolved.Bold, bold!, "font.bold");
            return resolved;
        }

        // A font is read whole: it must be a regular file of a sensible size (not /dev/zero, not a folder).
        private void CheckFontFile(string file, string written, string key)
        {
            var identity = FileIdentity.Of(file);
            var shown = Show(written);
            switch (identity.Kind)
            {
                case FileKind.Missing:
                    Problem($"font file '{shown}' not found", key, Severity.Unusable);
                    break;
                case FileKind.Regular when identity.Size > MaxFontBytes:
                    Problem(string.Create(CultureInfo.InvariantCulture,
                        $"font file '{shown}' is {identity.Size / (1024 * 1024)} MB; a font file is at most {MaxFontBytes / (1024 * 1024)} MB"), key, Severity.Unusable);
                    break;
                case FileKind.Regular:
                    break;
                default:
                    Problem($"font file '{shown}' is not a regular file (it is {Describe(identity.Kind)})", key, Severity.Unusable);
                    break;
            }
        }

        private static string Describe(FileKind kind) => kind switch
        {
            FileKind.Directory => "a folder",
            FileKind.CharacterDevice => "a character device",
            FileKind.BlockDevice => "a block device",
            FileKind.Pipe => "a pipe",
            FileKind.Socket => "a socket",
            _ => "a special file",
        };

        private static string Show(string text) => Core.Validation.Echo.Show(text);

        private void Problem(string message, string key, Severity severity = Severity.Invalid, bool duplicate = false)
        {
            var (line, column) = keys.Locate(key, duplicate);
            _reported.Add(key);
            _problems.Add(new Diagnostic(path, line, column, message, severity));
        }
    }
}
