namespace Figures.Charts;

/// <summary>The kinds of chart Figures draws.</summary>
public enum ChartKind
{
    /// <summary>Figures of one or more metrics over time: stocks as points, flows as bars over their period.</summary>
    Timeline,
    /// <summary>One metric side by side by source, so disagreement is visible.</summary>
    Sources,
    /// <summary>The highest or latest figure grouped by metric, admin1 or year; never a sum of stocks.</summary>
    Bars,
}
