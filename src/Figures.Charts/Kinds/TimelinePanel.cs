using Figures.Core.Model;

namespace Figures.Charts;

/// <summary>
/// The dated figures of one unit, with what every layout attempt and pass asks of them worked out
/// once: the drawing order, the metrics and shapes for the legend, the date span and the largest value.
/// </summary>
internal sealed class TimelinePanel
{
    private Figure[]? _byValue;

    public TimelinePanel(Unit unit, List<Figure> figures)
    {
        Unit = unit;
        Figures = figures;
        var metrics = new List<Metric>();
        var shapes = new List<LegendSwatch>();
        var first = DateOnly.MaxValue;
        var last = DateOnly.MinValue;
        var max = decimal.MinValue;
        foreach (var figure in figures)
        {
            if (!metrics.Contains(figure.Metric)) metrics.Add(figure.Metric);
            var shape = TimelineChart.Shape(figure);
            if (!shapes.Contains(shape)) shapes.Add(shape);
            if (TimelineChart.StartNotStated(figure)) Starred.Add(figure);
            var start = (figure.PeriodStart ?? figure.PeriodEnd)!.Value;
            var end = (figure.PeriodEnd ?? figure.PeriodStart)!.Value;
            if (start < first) first = start;
            if (end > last) last = end;
            var top = Top(figure);
            if (top > max) max = top;
        }
        metrics.Sort();
        shapes.Sort();
        Metrics = metrics;
        Shapes = shapes;
        First = first;
        Last = last;
        MaxValue = max;
    }

    /// <summary>The unit every figure of the panel is in.</summary>
    public Unit Unit { get; }

    /// <summary>The figures in selection order.</summary>
    public List<Figure> Figures { get; }

    /// <summary>The metrics drawn, in enum order.</summary>
    public List<Metric> Metrics { get; }

    /// <summary>The mark shapes drawn, in enum order.</summary>
    public List<LegendSwatch> Shapes { get; }

    /// <summary>Flows whose start is not stated, drawn at their end and starred.</summary>
    public List<Figure> Starred { get; } = [];

    /// <summary>The earliest date any mark covers.</summary>
    public DateOnly First { get; }

    /// <summary>The latest date any mark covers.</summary>
    public DateOnly Last { get; }

    /// <summary>The largest value or range end.</summary>
    public decimal MaxValue { get; }

    /// <summary>Largest value (or range end) first, then by id: the order marks and labels claim room in.</summary>
    public Figure[] ByValue => _byValue ??= SortByValue(Figures);

    private static Figure[] SortByValue(List<Figure> figures)
    {
        var approx = new double[figures.Count];
        var order = new int[figures.Count];
        for (var i = 0; i < order.Length; i++)
        {
            approx[i] = (double)Top(figures[i]);
            order[i] = i;
        }
        Array.Sort(order, (a, b) =>
        {
            // Comparing decimals is slow; their doubles are within a few ulps, so a clear gap decides in doubles.
            var gap = approx[a] - approx[b];
            if (Math.Abs(gap) > 1e-9 * Math.Max(Math.Abs(approx[a]), Math.Abs(approx[b]))) return gap > 0 ? -1 : 1;
            var byValue = Top(figures[b]).CompareTo(Top(figures[a]));
            if (byValue != 0) return byValue;
            var byId = string.CompareOrdinal(figures[a].Id, figures[b].Id);
            // The selection index breaks the last ties, so the unstable sort orders exactly as a stable one would.
            return byId != 0 ? byId : a.CompareTo(b);
        });
        var sorted = new Figure[order.Length];
        for (var i = 0; i < sorted.Length; i++) sorted[i] = figures[order[i]];
        return sorted;
    }

    private static decimal Top(Figure figure) => figure.ValueMax ?? figure.Value;
}
