using Figures.Core.Model;

namespace Figures.Core.Query;

/// <summary>One row of a per-metric, per-year summary.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Unit">The unit (counts of different units are never mixed).</param>
/// <param name="Year">Year of the figure's reference date; null for undated figures.</param>
/// <param name="Count">Number of figures.</param>
/// <param name="Min">Smallest value.</param>
/// <param name="Max">Largest value.</param>
/// <param name="Sum">Sum of values: meaningful for flows from distinct events only, shown for completeness.</param>
/// <param name="Latest">The figure with the latest reference date (ties: first in file order).</param>
public sealed record MetricYearSummary(Metric Metric, Unit Unit, int? Year, int Count, decimal Min, decimal Max, decimal Sum, Figure Latest);
