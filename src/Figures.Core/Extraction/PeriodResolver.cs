using System.Globalization;
using System.Text.RegularExpressions;
using Figures.Core.Model;
using Figures.Core.Text;

namespace Figures.Core.Extraction;

/// <summary>
/// Resolves the period a sentence gives a figure against the article's date: "between 1-12 September",
/// "from 1 to 29 December", "from May to August 2019", "in the past six months", "since early December",
/// "last week". A stock stated in the present ("now", "live in") is dated to the article. When the words
/// cannot be resolved, the period stays empty rather than guessed.
/// </summary>
public static partial class PeriodResolver
{
    private const string Month = "(?:" + Months.Pattern + ")";
    private const string Ord = "(?:st|nd|rd|th)?";

    [GeneratedRegex(@"\b(?:between|from)\s+(?<d1>\d{1,2})" + Ord + @"\s*(?:-|–|to|and)\s*(?<d2>\d{1,2})" + Ord + @"\s+(?:of\s+)?(?<m>" + Month + @")\.?(?:,?\s+(?<y>\d{4}))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DaysOfMonth();

    [GeneratedRegex(@"\b(?:between|from)\s+(?<d1>\d{1,2})" + Ord + @"\s+(?<m1>" + Month + @")\.?(?:,?\s+(?<y1>\d{4}))?\s*(?:-|–|to|and|until)\s*(?<d2>\d{1,2})" + Ord + @"\s+(?<m2>" + Month + @")\.?(?:,?\s+(?<y>\d{4}))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthToDayMonth();

    [GeneratedRegex(@"\b(?:between|from)\s+(?<m1>" + Month + @")\.?\s+(?<d1>\d{1,2})" + Ord + @"\s*(?:-|–|to|and|until)\s*(?:(?<m2>" + Month + @")\.?\s+)?(?<d2>\d{1,2})" + Ord + @"(?:,?\s+(?<y>\d{4}))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayToDay();

    [GeneratedRegex(@"\b(?:between|from)\s+(?:early\s+|mid-?\s*|late\s+)?(?<m1>" + Month + @")(?:\s+(?<y1>\d{4}))?\s+(?:to|and|until|through|-|–)\s+(?:early\s+|mid-?\s*|late\s+|the\s+end\s+of\s+)?(?<m2>" + Month + @")(?:\s+(?<y>\d{4}))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthToMonth();

    [GeneratedRegex(@"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+)?(?<u>days?|weeks?|months?|years?|hours?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PastSpan();

    [GeneratedRegex(@"\bsince\s+(?:(?<part>early|mid|late|the\s+(?:beginning|start|middle|end)\s+of)[\s-]*)?(?:(?<d>\d{1,2})" + Ord + @"\s+)?(?<m>" + Month + @")\b(?:\s+(?<d2>\d{1,2})\b)?(?:,?\s+(?<y>\d{4}))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Since();

    [GeneratedRegex(@"\b(?<which>last|this|past)\s+(?<u>week|month)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CalendarUnit();

    [GeneratedRegex(@"\b(?:now|currently|already|today|still|at\s+present|presently|live|lives|living|(?:is|are)\s+home\s+to|are\s+displaced|make\s+up|makes\s+up|remain|remains|hosts?|risks?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Present();

    [GeneratedRegex(@"\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:been\s+)?(?:[\p{L}]+ed|hit|struck|fled|left|seen|taken|driven|forced)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PresentPerfect();

    /// <summary>The period of a figure with <paramref name="metric"/> stated in <paramref name="sentence"/> of an article published on <paramref name="published"/>.</summary>
    public static Period Resolve(string sentence, Metric metric, DateOnly? published)
    {
        if (Explicit(sentence, published) is { } period) return period;
        if (published is not { } date) return Period.None;
        if (Vocabulary.KindOf(metric) == MetricKind.Flow)
        {
            var perfect = PresentPerfect().Match(sentence);
            return perfect.Success ? new Period(null, date, perfect.Value) : Period.None;
        }
        var present = Present().Match(sentence);
        return present.Success ? new Period(null, date, present.Value) : Period.None;
    }

    /// <summary>A period the sentence states in so many words, resolved against the article date; null when none resolves.</summary>
    public static Period? Explicit(string sentence, DateOnly? published)
    {
        var m = DayMonthToDayMonth().Match(sentence);
        if (m.Success && TryYear(m, "m1", published, out var year1))
        {
            var month1 = Months.Number(m.Groups["m1"].Value);
            var month2 = Months.Number(m.Groups["m2"].Value);
            var year2 = month2 < month1 ? year1 + 1 : year1;
            if (m.Groups["y"].Success) (year1, year2) = (month2 < month1 ? Int(m, "y") - 1 : Int(m, "y"), Int(m, "y"));
            if (m.Groups["y1"].Success) year1 = Int(m, "y1");
            return Make(m, Day(year1, month1, Int(m, "d1")), Day(year2, month2, Int(m, "d2")));
        }
        m = DaysOfMonth().Match(sentence);
        if (m.Success && TryYear(m, "m", published, out var year))
        {
            var month = Months.Number(m.Groups["m"].Value);
            return Make(m, Day(year, month, Int(m, "d1")), Day(year, month, Int(m, "d2")));
        }
        m = MonthDayToDay().Match(sentence);
        if (m.Success && TryYear(m, "m1", published, out year))
        {
            var month1 = Months.Number(m.Groups["m1"].Value);
            var month2 = m.Groups["m2"].Success ? Months.Number(m.Groups["m2"].Value) : month1;
            return Make(m, Day(year, month1, Int(m, "d1")), Day(month2 < month1 ? year + 1 : year, month2, Int(m, "d2")));
        }
        m = MonthToMonth().Match(sentence);
        if (m.Success && TryYear(m, "m2", published, out var endYear))
        {
            var month1 = Months.Number(m.Groups["m1"].Value);
            var month2 = Months.Number(m.Groups["m2"].Value);
            var startYear = m.Groups["y1"].Success ? Int(m, "y1") : month1 <= month2 ? endYear : endYear - 1;
            return Make(m, Day(startYear, month1, 1), Day(endYear, month2, DateTime.DaysInMonth(endYear, month2)));
        }
        if (published is not { } date) return null;
        m = PastSpan().Match(sentence);
        if (m.Success && Count(m.Groups["n"]) is { } n)
        {
            var start = m.Groups["u"].Value.ToLowerInvariant().TrimEnd('s') switch
            {
                "hour" => date.AddDays(-Math.Max(1, (int)Math.Ceiling(n / 24.0))),
                "day" => date.AddDays(-n),
                "week" => date.AddDays(-7 * n),
                "month" => date.AddMonths(-n),
                _ => date.AddYears(-n),
            };
            return new Period(start, date, m.Value);
        }
        m = Since().Match(sentence);
        if (m.Success)
        {
            var month = Months.Number(m.Groups["m"].Value);
            var day = m.Groups["d"].Success ? Int(m, "d") : m.Groups["d2"].Success ? Int(m, "d2") : PartDay(m.Groups["part"].Value);
            var sinceYear = m.Groups["y"].Success ? Int(m, "y") : month > date.Month || month == date.Month && day > date.Day ? date.Year - 1 : date.Year;
            if (Day(sinceYear, month, day) is { } start && start <= date) return new Period(start, date, m.Value);
            return null;
        }
        m = CalendarUnit().Match(sentence);
        if (m.Success)
        {
            var week = m.Groups["u"].Value.Equals("week", StringComparison.OrdinalIgnoreCase);
            var which = m.Groups["which"].Value.ToLowerInvariant();
            if (week)
            {
                var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
                return which == "this" ? new Period(monday, date, m.Value)
                    : which == "past" ? new Period(date.AddDays(-7), date, m.Value)
                    : new Period(monday.AddDays(-7), monday.AddDays(-1), m.Value);
            }
            var first = new DateOnly(date.Year, date.Month, 1);
            return which == "this" ? new Period(first, date, m.Value)
                : which == "past" ? new Period(date.AddMonths(-1), date, m.Value)
                : new Period(first.AddMonths(-1), first.AddDays(-1), m.Value);
        }
        return null;
    }

    private static Period? Make(Match m, DateOnly? start, DateOnly? end) =>
        start is { } s && end is { } e && s <= e ? new Period(s, e, m.Value) : null;

    // The year of a period without one is the article's: the latest such month on or before the article date.
    private static bool TryYear(Match m, string monthGroup, DateOnly? published, out int year)
    {
        year = 0;
        if (m.Groups["y"].Success)
        {
            year = Int(m, "y");
            return true;
        }
        if (published is not { } date) return false;
        year = Months.Number(m.Groups[monthGroup].Value) > date.Month ? date.Year - 1 : date.Year;
        return true;
    }

    private static int PartDay(string part) => part.ToLowerInvariant() switch
    {
        var p when p.StartsWith("mid", StringComparison.Ordinal) || p.Contains("middle", StringComparison.Ordinal) => 15,
        var p when p.StartsWith("late", StringComparison.Ordinal) || p.Contains("end", StringComparison.Ordinal) => 21,
        _ => 1,
    };

    private static int? Count(Group group)
    {
        if (!group.Success) return 1;
        if (int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        var words = NumberFinder.Find(group.Value);
        return words.Count == 1 && !words[0].IsPercent && words[0].Value is > 0 and < 1000 ? (int)words[0].Value : null;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static DateOnly? Day(int year, int month, int day) =>
        month is >= 1 and <= 12 && year is >= 1900 and <= 2100 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;
}
