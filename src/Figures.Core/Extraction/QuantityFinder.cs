using System.Globalization;
using System.Text.RegularExpressions;
using Figures.Core.Model;
using Figures.Core.Text;

namespace Figures.Core.Extraction;

/// <summary>
/// Finds the numbers of a sentence that count people, households, localities or a share of them,
/// with their qualifier, unit and range. Builds on <see cref="NumberFinder"/> and leaves out what is
/// not a figure: dates, years, times, ages, money, durations, stages, reading-time furniture.
/// </summary>
public static partial class QuantityFinder
{
    [GeneratedRegex(@"^\s*(?:-|–|to|and|or)\s*(?:(?:over|more\s+than|nearly|about|some|around|almost|up\s+to|as\s+many\s+as)\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RangeGap();

    [GeneratedRegex(@"\bbetween\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"^\s+(?:of\s+(?:them|whom|those|these|us|all|their|its|(?:the\s+)?(?:[\p{L}'’\-]+\s+){0,2}?(?:population|people|displaced|residents|civilians|inhabitants|families|households|children|idps|refugees|syrians))\b|(?:the|its|their)\s+(?:[\p{L}'’\-]+\s+)?(?:population|people|residents|inhabitants|displaced)\b|(?:are|is|were|was|now|already)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ShareOfPeople();

    [GeneratedRegex(@"\b(?:first|second|last|latter|past|next)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotAShareBefore();

    // "Of the facilities still open, roughly a third": a share of things, not of people.
    [GeneratedRegex(@"(?:^|[,;:]\s*)[Oo]f\s+the\s+(?:[\p{L}\-]+\s+){0,2}?(?:facilities|hospitals|clinics|schools|towns|villages|localities|communities|crossings)\b[^.;:]*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex OfThings();

    [GeneratedRegex(@"^(?:\s+[\p{L}'’\-]+){0,3}?\s+(?:territory|land|area|funded|funding|budget|inflation|increase|rise|drop|decline|destroyed|damaged|capacity|chance|probability)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotAShareAfter();

    // "81 percent of them women and children": who a group is made of, not a figure of its own.
    [GeneratedRegex(@"^(?:\s+of\s+(?:them|whom|those|these|the\s+(?:[\p{L}\-]+\s+)?[\p{L}\-]+))?,?\s+(?:are\s+|were\s+|being\s+)?(?:women|children|girls|boys|men|elderly|minors|female|male)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Composition();

    // "60 per cent of them children": children's share of a group is a figure of its own (issue 20); "women and children" stays context.
    [GeneratedRegex(@"^(?:\s+of\s+(?:them|whom|those|these|the\s+(?:[\p{L}\-]+\s+)?[\p{L}\-]+))?,?\s+(?:are\s+|were\s+|being\s+)?(?:children|minors)\b(?!\s+and\b|\s+or\b|\s*,\s*(?:women|men|girls|boys|elderly)\b|\s+(?:aged\s+)?under\s+(?!(?:the\s+age\s+of\s+)?18\b))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChildrenOnly();

    // "three quarters of a million", "two thirds of a million": a fraction of a scale, which NumberFinder reads as two numbers.
    [GeneratedRegex(@"\b(?<n>one|two|three|a)[\s-](?<f>quarters?|thirds?|halves|half)\s+of\s+an?\s+(?<s>million|thousand|billion)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FractionOfScale();

    /// <summary>The countable quantities of a sentence, in order.</summary>
    public static IReadOnlyList<Quantity> Find(string sentence)
    {
        var mentions = WithFractionsOfScale(sentence, OneReadingEach(sentence, NumberFinder.Find(sentence)));
        var blocked = NotFigureSpans.Find(sentence);
        var found = new List<Quantity>();
        (Unit Unit, string Noun)? counted = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (!IsCandidate(sentence, mention, blocked)) continue;
            var value = mention.Value;
            decimal? max = null;
            var percent = mention.IsPercent;
            var end = mention.Start + mention.Length;
            if (i + 1 < mentions.Count && IsCandidate(sentence, mentions[i + 1], blocked)
                && TryRange(sentence, mention, mentions[i + 1], out var low, out var high, out var rangePercent))
            {
                (value, max, percent) = (low, high, rangePercent);
                end = mentions[i + 1].Start + mentions[i + 1].Length;
                i++;
            }
            (value, max) = (Normalize(value), max is { } m ? Normalize(m) : null);
            var qualifier = QualifierReader.Read(sentence, mention.Start);
            if (percent)
            {
                if (!IsShare(sentence, mention, end)) continue;
                found.Add(new Quantity(value, max, Unit.Percent, qualifier, mention.Start, end - mention.Start, "", end));
                continue;
            }
            if (value < 1m || value != decimal.Truncate(value)) continue;
            var unit = UnitReader.Read(sentence, end, large: value >= 1000m) ?? Elided(sentence, mention.Start, end, counted);
            if (unit is not { } read) continue;
            counted = (read.Unit, read.Noun);
            // "one paramedic was killed" is a figure; "one account", "one of them" are not: one needs a noun of its own.
            if (value < 2m && (max is not null || read.Noun.Length == 0)) continue;
            // "Of the 550 health facilities in the area, 84 have been damaged": the 550 is what the figure is a part of.
            if (PartOf().IsMatch(sentence[..QualifierStart(sentence, mention.Start)])) continue;
            // "One child is killed or injured every eight hours": a rate, not a count.
            if (Rate().IsMatch(sentence[end..])) continue;
            found.Add(new Quantity(value, max, read.Unit, qualifier, mention.Start, end - mention.Start, read.Noun, read.NounEnd));
        }
        return found;
    }

    // A number with no noun of its own that a situation report still states as a count: "and between 250 and 300 were
    // injured", "84 have been damaged" (after "of the 550 health facilities"), "injured a further 22", "the number displaced
    // ... to more than 388,000". It counts what the sentence counted last, or people.
    private static (Unit Unit, string Noun, int NounEnd)? Elided(string sentence, int start, int end, (Unit Unit, string Noun)? counted)
    {
        var before = sentence[..QualifierStart(sentence, start)];
        if (ElidedAfter().IsMatch(sentence[end..]) || CasualtyBefore().IsMatch(before) || NumberOfBefore().IsMatch(before))
            return (counted?.Unit ?? Unit.People, "", end);
        return null;
    }

    [GeneratedRegex(@"^\s+(?:(?:have|has|had)\s+(?:now\s+|also\s+|reportedly\s+)?been|were|was|are|is)\s+(?:also\s+|reportedly\s+)?(?:killed|injured|wounded|hurt|damaged|destroyed|hit|attacked|struck|displaced)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ElidedAfter();

    [GeneratedRegex(@"\b(?:killed|killing|injured|injuring|wounded|wounding)\s+(?:a\s+further\s+|another\s+|an\s+additional\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CasualtyBefore();

    [GeneratedRegex(@"\b(?:the\s+(?:total\s+)?(?:number|toll|death\s+toll|tally)|population)\s+(?:of\s+)?(?:[\p{L}\-]+\s+){0,6}?(?:to|at|reached|reaching|is|was|stood\s+at|stands\s+at)\s+$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberOfBefore();

    [GeneratedRegex(@"(?:^|[,;:]\s*)[Oo]f\s+(?:the|a\s+total\s+of)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOf();

    [GeneratedRegex(@"^[^.;,]{0,60}?\bevery\s+(?:[\p{L}\d]+\s+)?(?:minutes?|hours?|days?|weeks?|months?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Rate();

    // "one in three", "six in ten": a proportion written as a ratio.
    [GeneratedRegex(@"\b(?<a>one|two|three|four|five|six|seven|eight|nine|[1-9])\s+(?:in|out\s+of)\s+(?<b>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\b(?!\s*(?:%|per\s*cent|percent))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ratio();

    private static List<NumberMention> WithFractionsOfScale(string sentence, List<NumberMention> mentions)
    {
        foreach (Match match in FractionOfScale().Matches(sentence))
        {
            var numerator = match.Groups["n"].Value.ToLowerInvariant() switch { "two" => 2m, "three" => 3m, _ => 1m };
            var fraction = match.Groups["f"].Value.ToLowerInvariant() switch
            {
                var f when f.StartsWith("quarter", StringComparison.Ordinal) => 0.25m,
                var f when f.StartsWith("third", StringComparison.Ordinal) => 1m / 3m,
                _ => 0.5m,
            };
            var scale = match.Groups["s"].Value.ToLowerInvariant() switch { "thousand" => 1_000m, "million" => 1_000_000m, _ => 1_000_000_000m };
            var end = match.Index + match.Length;
            mentions.RemoveAll(m => m.Start < end && match.Index < m.Start + m.Length);
            mentions.Add(new NumberMention(Math.Round(numerator * fraction * scale), false, match.Index, match.Length));
        }
        foreach (Match match in Ratio().Matches(sentence))
        {
            var a = RatioTerm(match.Groups["a"].Value);
            var b = RatioTerm(match.Groups["b"].Value);
            if (a >= b) continue;
            var end = match.Index + match.Length;
            mentions.RemoveAll(m => m.Start < end && match.Index < m.Start + m.Length);
            mentions.Add(new NumberMention(Math.Round(a * 100m / b, 1), true, match.Index, match.Length));
        }
        mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
        return mentions;
    }

    private static decimal RatioTerm(string term) =>
        char.IsAsciiDigit(term[0]) ? decimal.Parse(term, CultureInfo.InvariantCulture) : NumberFinder.Find(term)[0].Value;

    // "38.500" reads as 38.5 and 38,500: a count of people cannot be 38.5, but a percent or a scaled number ("1.500 million") can.
    private static List<NumberMention> OneReadingEach(string sentence, IReadOnlyList<NumberMention> mentions)
    {
        var chosen = new List<NumberMention>();
        foreach (var group in mentions.GroupBy(m => m.Start))
        {
            var readings = group.ToList();
            if (readings.Count == 1)
            {
                chosen.Add(readings[0]);
                continue;
            }
            var scaled = readings[0].Length > DigitsLength(sentence, readings[0].Start);
            chosen.Add(readings[0].IsPercent || scaled ? readings.MinBy(r => r.Value)! : readings.MaxBy(r => r.Value)!);
        }
        return chosen;
    }

    private static int DigitsLength(string sentence, int start)
    {
        var end = start;
        while (end < sentence.Length && (char.IsAsciiDigit(sentence[end]) || sentence[end] is '.' or ',')) end++;
        return end - start;
    }

    private static bool IsCandidate(string sentence, NumberMention mention, IReadOnlyList<(int Start, int End)> blocked)
    {
        var start = mention.Start;
        var end = start + mention.Length;
        if (NotFigureSpans.Overlaps(blocked, start, end)) return false;
        var text = sentence[start..end];
        if (text.Equals("majority", StringComparison.OrdinalIgnoreCase)) return false;
        if (start > 0 && (char.IsLetterOrDigit(sentence[start - 1]) || sentence[start - 1] is '$' or '€' or '£' or '#')) return false;
        if (end < sentence.Length && char.IsLetterOrDigit(sentence[end])) return false;
        // "3rd", "5km": digits glued to letters that are not a scale ("3m" is kept whole by NumberFinder).
        if (char.IsAsciiDigit(text[0]) && end < sentence.Length && sentence[end] == '-' && end + 1 < sentence.Length && char.IsLetter(sentence[end + 1]))
            return false;
        if (IsYear(text) && UnitReader.Read(sentence, end, large: false) is not { Noun.Length: > 0 }) return false;
        return true;
    }

    // 1.8 × 1,000,000 is 1800000.0 in decimal arithmetic; the dataset writes 1800000.
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    private static bool IsYear(string text) =>
        text.Length == 4 && text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) is >= 1900 and <= 2100;

    private static bool TryRange(string sentence, NumberMention a, NumberMention b, out decimal low, out decimal high, out bool percent)
    {
        low = a.Value;
        high = b.Value;
        percent = b.IsPercent;
        var gap = sentence[(a.Start + a.Length)..b.Start];
        if (!RangeGap().IsMatch(gap)) return false;
        var connector = gap.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (connector is "and" or "or" && !Between().IsMatch(sentence[..QualifierStart(sentence, a.Start)])) return false;
        if (a.IsPercent != b.IsPercent && a.IsPercent) return false;
        // "three to four million": the scale of the upper end applies to the lower end.
        var aScaled = ScaleOf(sentence, a) > 1m;
        var scale = ScaleOf(sentence, b);
        if (LeadingValue(sentence, b) is > 0m and var lead && b.Value / lead > 1m) scale = b.Value / lead;
        if (!b.IsPercent && scale > 1m && low < 1000m && !aScaled && low * scale <= high) low *= scale;
        return low < high;
    }

    private static int QualifierStart(string sentence, int start)
    {
        var before = sentence[..start];
        var qualifier = Regex.Match(before, @"(?:some|about|around|nearly|almost|approximately|roughly|more\s+than|over|above|at\s+least|up\s+to)\s+$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        return qualifier.Success ? qualifier.Index : start;
    }

    // The value of the first word of a number phrase: 3 in "three hundred thousand", 2.5 in "2.5 million".
    private static decimal? LeadingValue(string sentence, NumberMention mention)
    {
        var first = sentence.Substring(mention.Start, mention.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var found = NumberFinder.Find(first);
        return found.Count > 0 && !found[0].IsPercent ? found[^1].Value : null;
    }

    private static decimal ScaleOf(string sentence, NumberMention mention)
    {
        var text = sentence.Substring(mention.Start, mention.Length);
        var last = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ToLowerInvariant();
        return last switch
        {
            "thousand" => 1_000m,
            "million" => 1_000_000m,
            "billion" => 1_000_000_000m,
            _ => last.EndsWith('m') && char.IsAsciiDigit(last[0]) ? 1_000_000m : 1m,
        };
    }

    // A proportion is a figure only when it is a share of people: "half of them", "76% of the displaced", "half the population".
    private static bool IsShare(string sentence, NumberMention mention, int end)
    {
        var after = sentence[end..];
        if (NotAShareAfter().IsMatch(after) || (Composition().IsMatch(after) && !ChildrenOnly().IsMatch(after))) return false;
        if (char.IsAsciiDigit(sentence[mention.Start])) return true;
        if (NotAShareBefore().IsMatch(sentence[..mention.Start]) || OfThings().IsMatch(sentence[..mention.Start])) return false;
        return ShareOfPeople().IsMatch(after);
    }
}
