namespace Figures.Core.Validation;

/// <summary>
/// One string per distinct value for the columns that repeat on every row (places, publishers, titles),
/// looked up by span so that a value already seen allocates nothing. Bounded: a column of unique
/// values stops being pooled instead of growing the pool without end.
/// </summary>
internal sealed class StringPool
{
    private const int MaxEntries = 4096;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to <paramref name="text"/>.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        if (_lookup.TryGetValue(text, out var pooled)) return pooled;
        var created = text.ToString();
        if (_strings.Count < MaxEntries) _strings.Add(created, created);
        return created;
    }
}
