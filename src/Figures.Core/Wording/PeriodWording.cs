using System.Globalization;
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
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The figure's period or date for a table or a label, saying so when the source gives none.</summary>
    public static string Describe(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var flow = Vocabulary.KindOf(figure.Metric) == MetricKind.Flow;
        return (figure.PeriodStart, figure.PeriodEnd) switch
        {
            ({ } start, { } end) => Range(start, end),
            (null, { } end) when flow => SourceWords.Period(figure) is { } span
                ? $"during {span} ending {Date(end)}"
                : IsPublicationDate(figure, end)
                    ? $"up to its report on {Date(end)}, start not stated"
                    : $"a period ending {Date(end)}, start not stated",
            (null, { } end) when IsPublicationDate(figure, end) => $"reported on {Date(end)}",
            (null, { } end) => $"as of {Date(end)}",
            ({ } start, null) => $"since {Date(start)}",
            _ when flow && SourceWords.Period(figure) is { } span => BeforeTheArticle(span, figure),
            _ => "date not stated",
        };
    }

    /// <summary>The same period as a sentence opener: "Between 1 and 12 September 2018", "Reported on 14 September 2018".</summary>
    public static string Lead(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return (figure.PeriodStart, figure.PeriodEnd) switch
        {
            ({ } start, { } end) when start.Year == end.Year && start.Month == end.Month && start != end =>
                $"Between {start.Day} and {end.Day} {end.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}",
            ({ } start, { } end) when start != end => $"Between {Date(start)} and {Date(end)}",
            ({ } start, { }) => $"On {Date(start)}",
            (null, { } end) when Vocabulary.KindOf(figure.Metric) == MetricKind.Flow && SourceWords.Period(figure) is null =>
                IsPublicationDate(figure, end)
                    ? $"By the time it was reported on {Date(end)} (start not stated)"
                    : $"In a period ending {Date(end)} whose start is not stated",
            _ => Capitalise(Describe(figure)),
        };
    }

    /// <summary>A compact range: "1–12 September 2018", "30 August – 2 September 2018".</summary>
    public static string Range(DateOnly start, DateOnly end)
    {
        if (start == end) return Date(start);
        var invariant = CultureInfo.InvariantCulture;
        if (start.Year == end.Year && start.Month == end.Month)
            return $"{start.Day}–{end.Day} {end.ToString("MMMM yyyy", invariant)}";
        if (start.Year == end.Year)
            return $"{start.ToString("d MMMM", invariant)} – {Date(end)}";
        return $"{Date(start)} – {Date(end)}";
    }

    /// <summary>Whether a stock's only date is the day its article was published (so the date is the article's).</summary>
    public static bool IsPublicationDate(Figure figure, DateOnly date) => figure.Published == date;

    // "the past six months" in an article: the six months before the article, whose date is then said or not.
    private static string BeforeTheArticle(string span, Figure figure)
    {
        var words = span.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var relative = words.Length >= 3 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase)
            && words[1] is "past" or "last" or "previous"
            ? $"in the {string.Join(' ', words[2..])} before the article"
            : $"in {span} before the article";
        return figure.Published is { } published ? $"{relative} of {Date(published)}" : $"{relative} (the article is undated)";
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
