namespace Figures.Charts;

/// <summary>The sample mark drawn beside a legend entry.</summary>
internal enum LegendSwatch
{
    /// <summary>A filled circle (a figure as of a date).</summary>
    Dot,
    /// <summary>A hollow circle (a projection).</summary>
    HollowDot,
    /// <summary>A short bar (a figure over a period).</summary>
    Bar,
}
