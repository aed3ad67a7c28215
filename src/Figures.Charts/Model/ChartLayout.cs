namespace Figures.Charts;

/// <summary>
/// A chart laid out once, as drawing instructions in points. Every surface (SVG, PDF) draws these
/// same items, so the outputs agree.
/// </summary>
public sealed record ChartLayout
{
    /// <summary>Width in points.</summary>
    public required double Width { get; init; }
    /// <summary>Height in points.</summary>
    public required double Height { get; init; }
    /// <summary>The drawing instructions, in painting order.</summary>
    public required IReadOnlyList<ChartItem> Items { get; init; }
    /// <summary>The chart's title (also used as the document title).</summary>
    public required string Title { get; init; }
    /// <summary>A plain-text description for screen readers: the caption and footnotes.</summary>
    public string Description { get; init; } = "";
    /// <summary>The footnotes drawn under the chart, one string each, unwrapped.</summary>
    public IReadOnlyList<string> Footnotes { get; init; } = [];
    /// <summary>How many marks were drawn (after merging marks that would overlap exactly).</summary>
    public int MarkCount { get; init; }
}
