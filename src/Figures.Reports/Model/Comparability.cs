using Figures.Core.Model;

namespace Figures.Reports.Model;

/// <summary>
/// When two figures speak of the same thing at the same time, and when their values cannot both be true.
/// Qualifiers widen a value into an interval: "about 3 million" is 2.7–3.3 million, "more than 38,500" is open above.
/// </summary>
public static class Comparability
{
    /// <summary>Tolerance read into "about", "some", "nearly".</summary>
    public const decimal ApproximateTolerance = 0.10m;

    /// <summary>Whether two figures of one metric and unit describe the same time.</summary>
    public static bool SameTime(Figure a, Figure b)
    {
        if (a.ReferenceDate is null && b.ReferenceDate is null) return true; // nothing shows they differ
        if (a.ReferenceDate is null || b.ReferenceDate is null) return false;
        if (Vocabulary.KindOf(a.Metric) == MetricKind.Flow)
        {
            var (aStart, aEnd) = (a.PeriodStart ?? a.PeriodEnd!.Value, a.PeriodEnd ?? a.PeriodStart!.Value);
            var (bStart, bEnd) = (b.PeriodStart ?? b.PeriodEnd!.Value, b.PeriodEnd ?? b.PeriodStart!.Value);
            return a.PeriodStart is not null && b.PeriodStart is not null
                ? aStart <= bEnd && bStart <= aEnd
                : Math.Abs(aEnd.DayNumber - bEnd.DayNumber) <= 31;
        }
        return Math.Abs(a.ReferenceDate.Value.DayNumber - b.ReferenceDate.Value.DayNumber) <= 183;
    }

    /// <summary>The interval a figure's wording allows.</summary>
    public static (decimal Low, decimal High) Interval(decimal value, decimal? max, Qualifier qualifier) => qualifier switch
    {
        _ when max is { } top => (value, top),
        Qualifier.Approximately => (value * (1 - ApproximateTolerance), value * (1 + ApproximateTolerance)),
        Qualifier.MoreThan or Qualifier.AtLeast => (value, decimal.MaxValue),
        Qualifier.LessThan or Qualifier.AtMost => (0m, value),
        _ => (value, value),
    };

    /// <summary>Whether two stated values cannot both be true.</summary>
    public static bool Conflict((decimal Low, decimal High) a, (decimal Low, decimal High) b) => a.High < b.Low || b.High < a.Low;
}
