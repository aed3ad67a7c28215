using System.Globalization;
using Figures.Core.Model;

namespace Figures.Core.Wording;

/// <summary>Words the period or as-of date of a figure: "1–12 September 2018", "as of 14 September 2018".</summary>
public static class PeriodWording
{
    /// <summary>A date for reading: "14 September 2018".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The figure's period or as-of date, saying so when the source gives none.</summary>
    public static string Describe(Figure figure) => (figure.PeriodStart, figure.PeriodEnd) switch
    {
        ({ } start, { } end) => Range(start, end),
        (null, { } end) when Vocabulary.KindOf(figure.Metric) == MetricKind.Flow => $"until {Date(end)} (start not stated)",
        (null, { } end) => $"as of {Date(end)}",
        ({ } start, null) => $"since {Date(start)}",
        _ => "date not stated",
    };

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

    /// <summary>The same period as a sentence opener: "Between 1 and 12 September 2018", "As of 14 September 2018".</summary>
    public static string Lead(Figure figure) => (figure.PeriodStart, figure.PeriodEnd) switch
    {
        ({ } start, { } end) when start.Year == end.Year && start.Month == end.Month && start != end =>
            $"Between {start.Day} and {end.Day} {end.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}",
        ({ } start, { } end) when start != end => $"Between {Date(start)} and {Date(end)}",
        ({ } start, { }) => $"On {Date(start)}",
        (null, { } end) when Vocabulary.KindOf(figure.Metric) == MetricKind.Flow => $"In the period up to {Date(end)}",
        (null, { } end) => $"As of {Date(end)}",
        ({ } start, null) => $"Since {Date(start)}",
        _ => "At an unstated date",
    };
}
