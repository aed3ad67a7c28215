using Figures.Core.Model;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// One panel: a heading and the plot (or plots side by side) drawn below it. The plot is filled only once
/// its size is known, because what fits (labels, mark sizes) depends on it.
/// </summary>
internal sealed class PanelDraft
{
    public required string Heading { get; init; }
    /// <summary>The smallest height the plot is legible at, in points, heading excluded.</summary>
    public required float MinHeight { get; init; }
    /// <summary>The tallest the plot is useful at (rows of a few points each look lost in a full page), or null.</summary>
    public float? MaxHeight { get; init; }
    /// <summary>The share of the spare height this panel takes.</summary>
    public required float Weight { get; init; }
    /// <summary>The figures drawn as marks in this panel.</summary>
    public required IReadOnlyList<Figure> Figures { get; init; }
    /// <summary>Fills the panel's plots for a size in points, the value axis' labels in a column <c>left</c> points wide.</summary>
    public required Func<SKSize, FontSet, float, PanelPlots> Fill { get; init; }
    /// <summary>A sentence for the caption about this panel's scale (a log axis, an own scale), or null.</summary>
    public string? ScaleNote { get; init; }
    /// <summary>The tick labels this panel's value axis may show, so panels can share one left margin and line up.</summary>
    public IReadOnlyList<string> AxisLabels { get; init; } = [];
    /// <summary>Drop order when the chart is too small for every panel: the lowest goes first.</summary>
    public int Priority { get; init; }
}
