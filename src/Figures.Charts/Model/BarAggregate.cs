namespace Figures.Charts;

/// <summary>
/// How a bars chart reduces several reports of the same thing to one bar. Figures from different
/// sources overlap, so a sum would double-count: only honest single-report aggregates are offered.
/// </summary>
public enum BarAggregate
{
    /// <summary>The highest figure any source reported (the default; undated figures count).</summary>
    Highest,
    /// <summary>The figure with the most recent reference date (undated figures are left out, with a footnote).</summary>
    Latest,
}
