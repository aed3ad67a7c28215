using Figures.Core.Model;

namespace Figures.Core.Wording;

/// <summary>
/// Words the period or date of a figure as its source gave it. Rules, each tested:
/// a flow with both dates is a range ("1–12 September 2018"); a flow with only an end keeps the source's words for
/// its span ("during a five-month assault ending 31 August 2019") or says its start is not stated, never reading as a
/// running total; an undated flow keeps its relative words ("in the six months before the article"); a stock dated
/// by its article's publication is "reported on" that date, never "as of" it, because the date is the article's,
/// not the one the source gave the figure.
/// </summary>
public static class PeriodWording
{
    /// <summary>A date for reading: "14 September 2018".</summary>
    public static string Date(DateOnly date) => Date(date, Words.English);

    /// <summary>A date for reading in a language: "14 أيلول 2018".</summary>
    public static string Date(DateOnly date, Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.FullDate(date);
    }

    /// <summary>The figure's period or date for a table or a label, saying so when the source gives none.</summary>
    public static string Describe(Figure figure) => Describe(figure, Words.English);

    /// <summary>The figure's period or date in a language.</summary>
    public static string Describe(Figure figure, Words words)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(words);
        var flow = Vocabulary.KindOf(figure.Metric) == MetricKind.Flow;
        return (figure.PeriodStart, figure.PeriodEnd) switch
        {
            ({ } start, { } end) => Range(start, end, words),
            (null, { } end) when flow => SourceWords.Period(figure) is { } span
                ? words.DuringEnding(span, Date(end, words))
                : IsPublicationDate(figure, end)
                    ? words.UpToReport(Date(end, words))
                    : words.PeriodEnding(Date(end, words)),
            (null, { } end) when IsPublicationDate(figure, end) => words.ReportedOn(Date(end, words)),
            (null, { } end) => words.AsOf(Date(end, words)),
            ({ } start, null) => words.Since(Date(start, words)),
            _ when flow && SourceWords.Period(figure) is { } span => BeforeTheArticle(span, figure, words),
            _ => words.DateNotStated,
        };
    }

    /// <summary>Whether <see cref="Describe(Figure, Words)"/> says that the source gives no date at all.</summary>
    public static bool IsUndated(Figure figure, Words words) => Describe(figure, words) == words.DateNotStated;

    /// <summary>The same period as a sentence opener: "Between 1 and 12 September 2018", "Reported on 14 September 2018".</summary>
    public static string Lead(Figure figure) => Lead(figure, Words.English);

    /// <summary>The same period as a sentence opener in a language.</summary>
    public static string Lead(Figure figure, Words words)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(words);
        return (figure.PeriodStart, figure.PeriodEnd) switch
        {
            ({ } start, { } end) when start.Year == end.Year && start.Month == end.Month && start != end =>
                words.LeadBetween(words.Day(start), $"{words.Day(end)} {words.MonthYear(end)}"),
            ({ } start, { } end) when start != end => words.LeadBetween(Date(start, words), Date(end, words)),
            ({ } start, { }) => words.LeadOn(Date(start, words)),
            (null, { } end) when Vocabulary.KindOf(figure.Metric) == MetricKind.Flow && SourceWords.Period(figure) is null =>
                IsPublicationDate(figure, end)
                    ? words.LeadByReport(Date(end, words))
                    : words.LeadPeriodEnding(Date(end, words)),
            _ => words.Capitalise(Describe(figure, words)),
        };
    }

    /// <summary>A compact range: "1–12 September 2018", "30 August – 2 September 2018".</summary>
    public static string Range(DateOnly start, DateOnly end) => Range(start, end, Words.English);

    /// <summary>A compact range in a language.</summary>
    public static string Range(DateOnly start, DateOnly end, Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (start == end) return Date(start, words);
        if (start.Year == end.Year && start.Month == end.Month)
            return $"{words.Day(start)}{words.RangeDash}{words.Day(end)} {words.MonthYear(end)}";
        if (start.Year == end.Year)
            return $"{words.DayMonth(start)} {words.RangeDash} {Date(end, words)}";
        return $"{Date(start, words)} {words.RangeDash} {Date(end, words)}";
    }

    /// <summary>Whether a stock's only date is the day its article was published (so the date is the article's).</summary>
    public static bool IsPublicationDate(Figure figure, DateOnly date) => figure.Published == date;

    // "the past six months" in an article: the six months before the article, whose date is then said or not.
    private static string BeforeTheArticle(string span, Figure figure, Words words)
    {
        var parts = span.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var past = parts.Length >= 3 && parts[0].Equals("the", StringComparison.OrdinalIgnoreCase)
            && parts[1] is "past" or "last" or "previous";
        return words.BeforeArticle(span, past, figure.Published is { } published ? Date(published, words) : null);
    }
}
