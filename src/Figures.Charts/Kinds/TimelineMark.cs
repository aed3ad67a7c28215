using Figures.Core.Model;

namespace Figures.Charts;

/// <summary>A figure's mark on a timeline panel: a point at a date or a bar over a period.</summary>
internal readonly record struct TimelineMark(Figure Figure, double X1, double X2, double Y, double? YMax, bool IsSpan, bool StartNotStated)
{
    /// <summary>The box the mark covers (obstacle for labels).</summary>
    public Box Box => IsSpan
        ? new Box(X1, Math.Min(Y, YMax ?? Y) - 3, X2, Math.Max(Y, YMax ?? Y) + 3)
        : new Box(X1 - 4, Math.Min(Y, YMax ?? Y) - 4, X1 + 4, Math.Max(Y, YMax ?? Y) + 4);
}
