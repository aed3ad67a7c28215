using System.Buffers;
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
    private static readonly string[] PercentSuffixes = ["%", " percent", " per cent"];
    private static readonly string[] ScaleNames = [.. NumberWords.Scales.Keys];
    // The letters a scale word can start with, in either case: most words after a number ("people") start with none of them.
    private static readonly SearchValues<char> ScaleInitials = SearchValues.Create(string.Concat(ScaleNames.Select(name => $"{char.ToLowerInvariant(name[0])}{char.ToUpperInvariant(name[0])}")));

    /// <summary>Whether the text states <paramref name="value"/> in plain digits with nothing after it that changes its value.</summary>
    public static bool States(ReadOnlySpan<char> text, decimal value, bool percent)
    {
        // Values read from a file are mostly of scale 0, whole by construction; the test for a whole value costs more.
        if (value < 0m || (value.Scale != 0 && value != decimal.Truncate(value))) return false;
        // Formatted into the stack, as a whole number: this runs once per row of a million-row file.
        Span<char> plain = stackalloc char[40];
        Span<char> grouped = stackalloc char[56];
        var written = value <= ulong.MaxValue
            ? ((ulong)value).TryFormat(plain, out var plainLength, default, CultureInfo.InvariantCulture)
            : value.TryFormat(plain, out plainLength, "0", CultureInfo.InvariantCulture);
        if (!written) return false;
        if (percent) return FoundPercent(text, plain[..plainLength]);
        var groupedLength = Group(plain[..plainLength], grouped);
        return Found(text, grouped[..groupedLength]) || (groupedLength != plainLength && Found(text, plain[..plainLength]));
    }

    // 1234567 as 1,234,567 (what the "#,0" format gives in the invariant culture).
    private static int Group(ReadOnlySpan<char> digits, Span<char> grouped)
    {
        var length = digits.Length + (digits.Length - 1) / 3;
        var to = length;
        for (var from = digits.Length - 1; from >= 0; from--)
        {
            grouped[--to] = digits[from];
            if ((digits.Length - from) % 3 == 0 && from > 0) grouped[--to] = ',';
        }
        return length;
    }

    private static bool Found(ReadOnlySpan<char> text, ReadOnlySpan<char> digits)
    {
        for (var from = 0; from < text.Length;)
        {
            var found = text[from..].IndexOf(digits);
            if (found < 0) return false;
            var at = from + found;
            from = at + 1;
            var end = at + digits.Length;
            if (at > 0 && (char.IsAsciiDigit(text[at - 1]) || ((text[at - 1] is ',' or '.') && at > 1 && char.IsAsciiDigit(text[at - 2])))) continue;
            if (end < text.Length && char.IsAsciiDigit(text[end])) continue;
            if (end + 1 < text.Length && text[end] is ',' or '.' && char.IsAsciiDigit(text[end + 1])) continue;
            if (FollowedByScale(text, end)) continue;
            return true;
        }
        return false;
    }

    private static bool FoundPercent(ReadOnlySpan<char> text, ReadOnlySpan<char> digits)
    {
        foreach (var suffix in PercentSuffixes)
        {
            for (var from = 0; from < text.Length;)
            {
                var found = IndexOfWithSuffix(text[from..], digits, suffix);
                if (found < 0) break;
                var at = from + found;
                from = at + 1;
                if (at > 0 && (char.IsAsciiDigit(text[at - 1]) || text[at - 1] is '.' or ',')) continue;
                return true;
            }
        }
        return false;
    }

    // Where digits followed directly by suffix (any case) first occur, or -1.
    private static int IndexOfWithSuffix(ReadOnlySpan<char> text, ReadOnlySpan<char> digits, string suffix)
    {
        for (var from = 0; from < text.Length;)
        {
            var found = text[from..].IndexOf(digits);
            if (found < 0) return -1;
            var at = from + found;
            var rest = text[(at + digits.Length)..];
            if (rest.StartsWith(suffix, StringComparison.OrdinalIgnoreCase)) return at;
            from = at + 1;
        }
        return -1;
    }

    // Whether what follows the digits changes their value, read the way NumberFinder reads it: a scale
    // word ("million", "bn") or a percent sign or word, touching the digits or one character after
    // them; a one-letter scale ("m", "k") only when touching ("13,000m").
    private static bool FollowedByScale(ReadOnlySpan<char> text, int end)
    {
        var at = end;
        if (at < text.Length && !char.IsAsciiLetter(text[at]) && text[at] != '%') at++;
        if (at >= text.Length) return false;
        if (text[at] == '%') return true;
        var length = 0;
        while (at + length < text.Length && char.IsAsciiLetter(text[at + length])) length++;
        if (length == 0) return false;
        var word = text.Slice(at, length);
        if (word[0] is not ('p' or 'P') && !ScaleInitials.Contains(word[0])) return false;
        if (word.Equals("percent", StringComparison.OrdinalIgnoreCase)) return true;
        if (word.Equals("per", StringComparison.OrdinalIgnoreCase) && text[(at + length)..].StartsWith(" cent", StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var scale in ScaleNames)
        {
            if (word.Equals(scale, StringComparison.OrdinalIgnoreCase)) return word.Length > 1 || at == end;
        }
        return false;
    }
}
