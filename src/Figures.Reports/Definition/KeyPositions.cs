using System.Text.Json;

namespace Figures.Reports.Definition;

/// <summary>
/// Where each key of a JSON definition is (<c>period.from</c>: line 4, column 5), and which keys are
/// given twice. <see cref="JsonElement"/> carries no positions, so one pass of a reader finds them.
/// </summary>
internal sealed class KeyPositions
{
    private readonly Dictionary<string, long> _first = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _again = new(StringComparer.Ordinal);
    private readonly TextPositions _text;

    private KeyPositions(TextPositions text) => _text = text;

    /// <summary>The offset of the first key that is not Unicode text (a lone surrogate escape), or null.</summary>
    public long? BadKey { get; private set; }

    /// <summary>Keys given more than once (the later occurrence), in the order met.</summary>
    public IEnumerable<(string Key, long Offset)> Duplicates => _again.OrderBy(d => d.Value).Select(d => (d.Key, d.Value));

    /// <summary>Finds the keys of well-formed JSON <paramref name="bytes"/>.</summary>
    public static KeyPositions Find(byte[] bytes, JsonDocumentOptions options, TextPositions text)
    {
        var positions = new KeyPositions(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = options.AllowTrailingCommas, CommentHandling = options.CommentHandling });
        var containers = new Stack<string>();
        var key = "";
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    containers.Push(key);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    key = containers.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    var parent = containers.Peek();
                    var name = NameOf(ref reader);
                    if (name is null)
                    {
                        positions.BadKey ??= reader.TokenStartIndex;
                        name = "\uFFFD";
                    }
                    key = parent.Length == 0 ? name : $"{parent}.{name}";
                    if (!positions._first.TryAdd(key, reader.TokenStartIndex)) positions._again.TryAdd(key, reader.TokenStartIndex);
                    break;
                default:
                    // A value ends its property: the next key is a sibling.
                    if (containers.Count > 0) key = containers.Peek();
                    break;
            }
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && containers.Count > 0) key = containers.Peek();
        }
        return positions;
    }

    // Null for a name that is not Unicode text (a lone surrogate escape such as \ud800).
    private static string? NameOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The line and column of a byte offset.</summary>
    public (int Line, int Column) At(long offset) => _text.At(offset);

    /// <summary>The line and column of <paramref name="key"/> (or of the nearest enclosing key found); 1:1 for the whole file.</summary>
    public (int Line, int Column) Locate(string key, bool duplicate = false)
    {
        if (duplicate && _again.TryGetValue(key, out var again)) return _text.At(again);
        for (var path = key; path.Length > 0; path = path.LastIndexOf('.') is var dot and > 0 ? path[..dot] : "")
        {
            if (_first.TryGetValue(path, out var offset)) return _text.At(offset);
        }
        return (1, 1);
    }
}
