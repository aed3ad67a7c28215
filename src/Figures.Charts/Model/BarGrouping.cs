namespace Figures.Charts;

/// <summary>What the rows of a bars chart are.</summary>
public enum BarGrouping
{
    /// <summary>One bar per metric (the default).</summary>
    Metric,
    /// <summary>Groups per admin1 area, one bar per metric inside each.</summary>
    Admin1,
    /// <summary>Groups per year of the figure's reference date, one bar per metric inside each.</summary>
    Year,
}
