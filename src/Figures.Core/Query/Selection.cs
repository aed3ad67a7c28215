using Figures.Core.Model;

namespace Figures.Core.Query;

/// <summary>
/// Which figure, or which metric, stands for a group of figures: the rules a chart or a brief
/// chooses by, kept here so that every view chooses alike. Pure; ties are broken by id, so the
/// choice never depends on the order the figures came in.
/// </summary>
public static class Selection
{
    /// <summary>The figure reporting the highest number (a range counts by its top); then the latest; then by id.</summary>
    public static Figure Highest(IEnumerable<Figure> figures) =>
        figures.OrderByDescending(f => f.ValueMax ?? f.Value).ThenByDescending(f => f.ReferenceDate ?? DateOnly.MinValue)
            .ThenBy(f => f.Id, StringComparer.Ordinal).First();

    /// <summary>The most recently dated figure (undated ones last); then the highest; then by id.</summary>
    public static Figure Latest(IEnumerable<Figure> figures) =>
        figures.OrderByDescending(f => f.ReferenceDate).ThenByDescending(f => f.ValueMax ?? f.Value)
            .ThenBy(f => f.Id, StringComparer.Ordinal).First();

    /// <summary>The metric most figures report; on a tie, the first in the metric order.</summary>
    public static Metric MostReportedMetric(IEnumerable<Figure> figures) =>
        figures.GroupBy(f => f.Metric).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
}
