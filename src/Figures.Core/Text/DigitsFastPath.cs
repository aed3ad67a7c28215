using System.Globalization;

namespace Figures.Core.Text;

/// <summary>
/// The quick answer to "does this text state this number?" for the common case, a number written
/// in digits ("38,500", "38500", "76%"). It looks for the exact digit forms with clean boundaries,
/// so "113,000" or "13,000.5" or "13,000 million" never count as 13,000. When it finds nothing the
/// caller falls back to <see cref="NumberFinder.Find"/>, which also reads words and scales.
/// </summary>
internal static class DigitsFastPath
{
    private static readonly string[] ScaleWords = [" million", " thousand", " billion", " hundred", " percent", " per cent", "%", "m ", "bn", "k "];

    /// <summary>Whether the text states <paramref name="value"/> in plain digits with nothing after it that changes its value.</summary>
    public static bool States(string text, decimal value, bool percent)
    {
        if (value != decimal.Truncate(value) || value < 0) return false;
        var plain = value.ToString("0", CultureInfo.InvariantCulture);
        if (percent) return FoundPercent(text, plain);
        var grouped = value.ToString("#,0", CultureInfo.InvariantCulture);
        return Found(text, grouped) || (grouped != plain && Found(text, plain));
    }

    private static bool Found(string text, string digits)
    {
        for (var at = text.IndexOf(digits, StringComparison.Ordinal); at >= 0; at = text.IndexOf(digits, at + 1, StringComparison.Ordinal))
        {
            var end = at + digits.Length;
            if (at > 0 && (char.IsAsciiDigit(text[at - 1]) || ((text[at - 1] is ',' or '.') && at > 1 && char.IsAsciiDigit(text[at - 2])))) continue;
            if (end < text.Length && char.IsAsciiDigit(text[end])) continue;
            if (end + 1 < text.Length && text[end] is ',' or '.' && char.IsAsciiDigit(text[end + 1])) continue;
            if (FollowedByScale(text, end)) continue;
            return true;
        }
        return false;
    }

    private static bool FoundPercent(string text, string digits)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["%", " percent", " per cent"])
        {
            var form = digits + suffix;
            for (var at = text.IndexOf(form, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (at > 0 && (char.IsAsciiDigit(text[at - 1]) || text[at - 1] is '.' or ',')) continue;
                return true;
            }
        }
        return false;
    }

    private static bool FollowedByScale(string text, int end)
    {
        foreach (var word in ScaleWords)
        {
            if (string.CompareOrdinal(text, end, word, 0, word.Length) == 0) return true;
            if (text.Length - end >= word.Length && text.AsSpan(end, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
