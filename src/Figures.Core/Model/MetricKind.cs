namespace Figures.Core.Model;

/// <summary>Whether a metric is a stock at a date, a flow over a period, or a projection.</summary>
public enum MetricKind
{
    /// <summary>A count at one as-of date (only period_end).</summary>
    Stock,
    /// <summary>A count over a period (period_start and period_end).</summary>
    Flow,
    /// <summary>A projection or risk, dated like a stock.</summary>
    Projection,
}
