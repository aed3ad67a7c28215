using System.Text.RegularExpressions;

namespace Figures.Core.Extraction;

/// <summary>
/// The parts of a sentence whose digits are not figures: dates ("14 September, 2018", "1-12 September",
/// "May 17"), clock times ("10:30", "5 pm"), money ("$1", "US$ 2 million"), ages ("aged 5", "5-year-old").
/// </summary>
internal static partial class NotFigureSpans
{
    private const string Ordinal = @"(?:st|nd|rd|th)?";

    [GeneratedRegex(@"\b\d{1,2}" + Ordinal + @"(?:\s*(?:-|–|to|and)\s*\d{1,2}" + Ordinal + @")?\s+(?:of\s+)?(?:" + Months.Pattern + @")\b\.?(?:,?\s+\d{4})?",
        RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?:" + Months.Pattern + @")\.?\s+\d{1,2}" + Ordinal + @"(?:\s*(?:-|–|to|and)\s*\d{1,2}" + Ordinal + @")?\b(?:,?\s+\d{4})?",
        RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:" + Months.Pattern + @")\.?,?\s+\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|GMT|UTC|hrs)(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"(?:US\$|\$|€|£|USD\s*|EUR\s*|GBP\s*)\s?\d[\d,.]*(?:\s*(?:million|billion|thousand|m|bn|k)\b)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(?:aged|ages|age\s+of|age)\s+(?:between\s+|under\s+|over\s+)?\d{1,3}(?:\s*(?:-|–|to|and)\s*\d{1,3})?|\b\d{1,3}(?:\s*-\s*|\s+)years?(?:\s*-\s*|\s+)old\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Age();

    /// <summary>Every span (start, end) of the sentence that holds a date, a time, an amount of money or an age.</summary>
    public static IReadOnlyList<(int Start, int End)> Find(string sentence)
    {
        var spans = new List<(int, int)>();
        foreach (var pattern in new[] { DayMonth(), MonthDay(), MonthYear(), ClockTime(), Money(), Age() })
        {
            foreach (Match match in pattern.Matches(sentence)) spans.Add((match.Index, match.Index + match.Length));
        }
        return spans;
    }

    /// <summary>Whether [start, end) overlaps any of the spans.</summary>
    public static bool Overlaps(IReadOnlyList<(int Start, int End)> spans, int start, int end) =>
        spans.Any(span => start < span.End && span.Start < end);
}
