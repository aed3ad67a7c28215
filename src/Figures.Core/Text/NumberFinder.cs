using System.Globalization;
using System.Text.RegularExpressions;

namespace Figures.Core.Text;

/// <summary>
/// Finds the numbers a text states: digits with separators ("38,500"), decimals with scale words
/// ("1.8 million"), number words ("three million", "half a million", "a thousand") and proportions
/// ("half", "76 percent", "76%"). A pure function of the text.
/// </summary>
public static partial class NumberFinder
{
    [GeneratedRegex(@"[0-9]+(?:[.,][0-9]+)*|[A-Za-z]+(?:-[A-Za-z]+)*|%", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaGrouped();

    [GeneratedRegex(@"^[0-9]{1,3}(?:\.[0-9]{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex DotGrouped();

    /// <summary>Every number the text states, in order. Ambiguous digits ("38.500") yield both readings.</summary>
    public static IReadOnlyList<NumberMention> Find(string text)
    {
        var tokens = TokenPattern().Matches(text);
        var found = new List<NumberMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var consumed = char.IsAsciiDigit(tokens[i].Value[0])
                ? ReadDigits(tokens, i, found)
                : ReadWords(tokens, i, found);
            i += Math.Max(consumed, 1);
        }
        return found;
    }

    /// <summary>Whether the text states <paramref name="value"/> (as a proportion when <paramref name="percent"/>).</summary>
    public static bool States(string text, decimal value, bool percent) =>
        DigitsFastPath.States(text, value, percent) || Find(text).Any(m => m.IsPercent == percent && m.Value == value);

    private static int ReadDigits(MatchCollection tokens, int i, List<NumberMention> found)
    {
        var token = tokens[i];
        var readings = DigitReadings(token.Value);
        if (readings.Count == 0) return 1;
        var end = token.Index + token.Length;
        var consumed = 1;
        var percent = false;
        decimal scale = 1m;
        if (i + 1 < tokens.Count && Adjacent(tokens[i], tokens[i + 1]))
        {
            var next = tokens[i + 1].Value;
            if (NumberWords.Scales.TryGetValue(next, out var s) && !(next.Length == 1 && !Touching(tokens[i], tokens[i + 1])))
            {
                scale = s;
                consumed = 2;
            }
            else if (next == "%" || next.Equals("percent", StringComparison.OrdinalIgnoreCase))
            {
                percent = true;
                consumed = 2;
            }
            else if (next.Equals("per", StringComparison.OrdinalIgnoreCase) && i + 2 < tokens.Count
                     && tokens[i + 2].Value.Equals("cent", StringComparison.OrdinalIgnoreCase))
            {
                percent = true;
                consumed = 3;
            }
            if (consumed > 1) end = tokens[i + consumed - 1].Index + tokens[i + consumed - 1].Length;
        }
        foreach (var reading in readings.Where(r => r <= decimal.MaxValue / scale))
            found.Add(new NumberMention(reading * scale, percent, token.Index, end - token.Index));
        return consumed;
    }

    private static List<decimal> DigitReadings(string digits)
    {
        var readings = new List<decimal>();
        // TryParse throughout: a number past decimal's range is simply not a reading.
        if (CommaGrouped().IsMatch(digits))
        {
            if (decimal.TryParse(digits.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var grouped)) readings.Add(grouped);
        }
        else if (DotGrouped().IsMatch(digits))
        {
            // "38.500" is 38,500 in Latin-style writing but 38.5 in English: keep both readings.
            // "1.250.000" has only the Latin reading; TryParse keeps overflow from throwing.
            if (digits.IndexOf('.') == digits.LastIndexOf('.')
                && decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var english)) readings.Add(english);
            if (decimal.TryParse(digits.Replace(".", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var latin)) readings.Add(latin);
        }
        else if (!digits.Contains(',') && decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var plain))
        {
            readings.Add(plain);
        }
        return readings;
    }

    private static int ReadWords(MatchCollection tokens, int i, List<NumberMention> found)
    {
        var word = tokens[i].Value;
        // "two thirds of whom", "three quarters": a fraction written as two words is a proportion, as "two-thirds" is.
        if (i + 1 < tokens.Count && Adjacent(tokens[i], tokens[i + 1]) && TryUnit(word, out var numerator) && numerator is >= 1 and <= 3
            && NumberWords.Fractions.TryGetValue(tokens[i + 1].Value.TrimEnd('s', 'S'), out var part) && part is 25m or 33.3m)
        {
            var share = part == 25m ? numerator * 25m : Math.Round(numerator * 100m / 3m, 1);
            if (share < 100m)
            {
                found.Add(Mention(share, true, tokens, i, i + 1));
                return 2;
            }
        }
        // "half a million", "half a thousand": a fraction of a scale is a count, not a proportion.
        if (NumberWords.Fractions.TryGetValue(word, out var fraction))
        {
            if (i + 2 < tokens.Count && IsArticle(tokens[i + 1].Value)
                && NumberWords.Scales.TryGetValue(tokens[i + 2].Value, out var fractionScale) && tokens[i + 2].Value.Length > 2)
            {
                found.Add(Mention(fraction / 100m * fractionScale, false, tokens, i, i + 2));
                return 3;
            }
            found.Add(Mention(fraction, false, tokens, i, i) with { IsPercent = true });
            return 1;
        }

        decimal total = 0m, current = 0m;
        var last = -1;
        var j = i;
        for (; j < tokens.Count; j++)
        {
            var w = tokens[j].Value;
            if (j > i && !Adjacent(tokens[j - 1], tokens[j])) break;
            if (TryUnit(w, out var unit))
            {
                current += unit;
                last = j;
            }
            else if (IsArticle(w) && j + 1 < tokens.Count && last < 0
                     && NumberWords.Scales.TryGetValue(tokens[j + 1].Value, out _) && tokens[j + 1].Value.Length > 2)
            {
                current = 1m;
            }
            else if (NumberWords.Scales.TryGetValue(w, out var scale) && w.Length > 2 && (last >= 0 || current > 0))
            {
                // "hundred hundred hundred ..." would pass decimal's range: stop before it.
                if (Math.Max(current, 1m) > decimal.MaxValue / scale / 1000m || total > decimal.MaxValue / 2m) break;
                if (scale == 100m) current = (current == 0 ? 1 : current) * 100m;
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0m;
                }
                last = j;
            }
            else if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && last >= 0 && j + 1 < tokens.Count && TryUnit(tokens[j + 1].Value, out _))
            {
                continue;
            }
            else break;
        }
        if (last < 0) return 1;
        var value = total + current;
        var consumed = last - i + 1;
        if (last + 1 < tokens.Count && Adjacent(tokens[last], tokens[last + 1])
            && (tokens[last + 1].Value == "%" || tokens[last + 1].Value.Equals("percent", StringComparison.OrdinalIgnoreCase)))
        {
            found.Add(Mention(value, true, tokens, i, last + 1));
            return consumed + 1;
        }
        found.Add(Mention(value, false, tokens, i, last));
        return consumed;
    }

    private static bool TryUnit(string word, out decimal value)
    {
        value = 0m;
        if (NumberWords.Units.TryGetValue(word, out var unit))
        {
            value = unit;
            return true;
        }
        // "twenty-five", but not "five-month" (a duration) or "two-thirds" (a fraction).
        var dash = word.IndexOf('-');
        if (dash > 0 && NumberWords.Units.TryGetValue(word[..dash], out var tens) && tens >= 20 && tens % 10 == 0
            && NumberWords.Units.TryGetValue(word[(dash + 1)..], out var ones) && ones is > 0 and < 10)
        {
            value = tens + ones;
            return true;
        }
        return false;
    }

    private static bool IsArticle(string word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);

    private static NumberMention Mention(decimal value, bool percent, MatchCollection tokens, int first, int last) =>
        new(value, percent, tokens[first].Index, tokens[last].Index + tokens[last].Length - tokens[first].Index);

    // Tokens belong to one phrase only when at most one character (a space) separates them.
    private static bool Adjacent(Match a, Match b) => b.Index - (a.Index + a.Length) <= 1;

    private static bool Touching(Match a, Match b) => b.Index == a.Index + a.Length;
}
