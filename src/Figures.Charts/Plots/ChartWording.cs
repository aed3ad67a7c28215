using Figures.Core.Model;

namespace Figures.Charts;

/// <summary>The words charts use for places shared by their figures.</summary>
internal static class ChartWording
{
    /// <summary>The admin1 all figures share, or null.</summary>
    public static string? SharedArea(IReadOnlyList<Figure> figures)
    {
        var first = figures[0].Admin1;
        if (first.Length == 0) return null;
        for (var i = 1; i < figures.Count; i++)
        {
            if (!string.Equals(figures[i].Admin1, first, StringComparison.OrdinalIgnoreCase)) return null;
        }
        return first;
    }
}
