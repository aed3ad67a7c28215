using System.Globalization;
using Figures.Core.Validation;

namespace Figures.Core.Curation;

/// <summary>
/// The dataset's own id pattern, and the next ids in it: a prefix and a zero-padded number
/// (<c>IDL-0016</c> → <c>IDL-0017</c>). The pattern is the prefix most ids share; the next number is
/// one past the highest ever used with it, so an id that was removed is never given out again.
/// </summary>
public sealed class IdSequence
{
    /// <summary>The pattern of a dataset whose ids follow none: the curated dataset's.</summary>
    public const string DefaultPrefix = "IDL-";

    private readonly HashSet<string> _taken;
    private long _next;

    private IdSequence(string prefix, int width, long next, HashSet<string> taken)
    {
        Prefix = prefix;
        Width = width;
        _next = next;
        _taken = taken;
    }

    /// <summary>What comes before the number (<c>IDL-</c>).</summary>
    public string Prefix { get; }

    /// <summary>The fewest digits a number is written with (4 in <c>IDL-0001</c>).</summary>
    public int Width { get; }

    /// <summary>The sequence that continues <paramref name="ids"/>.</summary>
    public static IdSequence Continuing(IEnumerable<string> ids)
    {
        var taken = new HashSet<string>(IdAlphabet.Comparer);
        var byPrefix = new Dictionary<string, (int Count, long Highest, int Width)>(IdAlphabet.Comparer);
        foreach (var id in ids)
        {
            taken.Add(id);
            if (!Split(id, out var prefix, out var digits)) continue;
            var number = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            var seen = byPrefix.GetValueOrDefault(prefix);
            byPrefix[prefix] = (seen.Count + 1, Math.Max(seen.Highest, number), Math.Max(seen.Width, digits.Length));
        }
        if (byPrefix.Count == 0) return new IdSequence(DefaultPrefix, 4, 1, taken);
        // The prefix most ids share; on a tie, the one ordinally first, so the choice never depends on row order.
        var (chosen, stats) = byPrefix.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal).First();
        return new IdSequence(chosen, stats.Width, stats.Highest + 1, taken);
    }

    /// <summary>The next free id, which is then taken.</summary>
    public string Next()
    {
        while (true)
        {
            var id = Prefix + _next.ToString(CultureInfo.InvariantCulture).PadLeft(Width, '0');
            _next++;
            if (_taken.Add(id)) return id;
        }
    }

    // "IDL-0016" is "IDL-" and "0016"; an id that does not end in at most 18 digits has no number.
    private static bool Split(string id, out string prefix, out string digits)
    {
        var end = id.Length;
        var start = end;
        while (start > 0 && char.IsAsciiDigit(id[start - 1])) start--;
        prefix = id[..start];
        digits = id[start..];
        return digits.Length is > 0 and <= 18;
    }
}
