using Figures.Core.Model;

namespace Figures.Core.Query;

/// <summary>
/// Per metric, unit and year: count, min, max, sum and latest, in one pass over the figures with a
/// small dictionary of accumulators — no grouping of a million objects into lists. Pure.
/// </summary>
public static class FigureAggregates
{
    /// <summary>The summary rows, ordered by metric, unit and year (undated last).</summary>
    public static IReadOnlyList<MetricYearSummary> ByMetricAndYear(IReadOnlyList<Figure> figures)
    {
        var totals = new Dictionary<(Metric, Unit, int?), Accumulator>();
        foreach (var figure in figures)
        {
            var key = (figure.Metric, figure.Unit, figure.ReferenceDate?.Year);
            if (!totals.TryGetValue(key, out var total)) totals[key] = total = new Accumulator(figure);
            total.Add(figure);
        }
        return totals
            .OrderBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2).ThenBy(p => p.Key.Item3 ?? int.MaxValue)
            .Select(p => new MetricYearSummary(p.Key.Item1, p.Key.Item2, p.Key.Item3, p.Value.Count, p.Value.Min, p.Value.Max, p.Value.Sum, p.Value.Latest))
            .ToList();
    }

    private sealed class Accumulator(Figure first)
    {
        public int Count;
        public decimal Min = decimal.MaxValue;
        public decimal Max = decimal.MinValue;
        public decimal Sum;
        public Figure Latest = first;

        public void Add(Figure figure)
        {
            Count++;
            if (figure.Value < Min) Min = figure.Value;
            var top = figure.ValueMax ?? figure.Value;
            if (top > Max) Max = top;
            Sum += figure.Value;
            if (figure.ReferenceDate > Latest.ReferenceDate) Latest = figure;
        }
    }
}
