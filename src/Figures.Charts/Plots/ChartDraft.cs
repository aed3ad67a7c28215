using Figures.Core.Model;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// What a chart kind decided, before anything is drawn: the words, the legend, the panels and the notes.
/// Pure: the same request gives the same draft.
/// </summary>
internal sealed class ChartDraft
{
    public required string Title { get; init; }
    public required string Subtitle { get; init; }
    public required List<LegendKey> Legend { get; init; }
    public required List<PanelDraft> Panels { get; init; }
    /// <summary>Figures that cannot be placed whatever the size (no date on a time axis, another metric).</summary>
    public List<NoteDraft> Notes { get; init; } = [];
    /// <summary>Plain sentences for the caption: the scale rules that were applied.</summary>
    public List<string> ScaleNotes { get; init; } = [];
}

/// <summary>One legend entry: what a colour or mark style means; kept only while a drawn figure <paramref name="Shows"/> it.</summary>
internal sealed record LegendKey(string Text, KeyMark Mark, SKColor Color, Func<Figure, bool>? Shows = null);

/// <summary>The mark a legend entry shows.</summary>
internal enum KeyMark
{
    /// <summary>A filled dot (a figure as of a date, or a metric's colour).</summary>
    Dot,
    /// <summary>A hollow dot (a projection).</summary>
    Hollow,
    /// <summary>A thick horizontal bar (a figure over a period, or a bar of a bars chart).</summary>
    Bar,
    /// <summary>A thin line with end caps (a range a source gave).</summary>
    Range,
}

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

/// <summary>The plots of a panel, left to right, and the width of each in points (the last takes the rest).</summary>
internal sealed record PanelPlots(IReadOnlyList<(ScottPlot.Plot Plot, float Width)> Cells);

/// <summary>A footnote about figures: a lead and the figures it is about, worded in full or summarised.</summary>
internal sealed record NoteDraft(string Lead, IReadOnlyList<Figure> Figures);
