namespace Figures.Charts;

/// <summary>
/// The rule that keeps a small figure off the baseline: on a linear axis a value under 1/50 of the largest
/// is drawn within a few points of zero, indistinguishable from it. When a panel's values span more than
/// that, points and ranges go on a log axis; bars (whose length is the value) get their own panel instead.
/// </summary>
internal static class Magnitude
{
    /// <summary>The largest ratio of the largest to the smallest positive value one linear axis shows honestly.</summary>
    public const double MaxLinearRatio = 50;

    /// <summary>Whether values from <paramref name="smallest"/> to <paramref name="largest"/> need a log axis (or separate panels).</summary>
    public static bool NeedsLog(double smallest, double largest) =>
        smallest > 0 && largest / smallest > MaxLinearRatio;
}
