using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Charts;

/// <summary>What to chart: the kind, the selected figures and the size in points.</summary>
public sealed record ChartRequest
{
    /// <summary>The kind of chart.</summary>
    public required ChartKind Kind { get; init; }
    /// <summary>The selected figures; an empty selection is an error, never a blank chart.</summary>
    public required IReadOnlyList<Figure> Figures { get; init; }
    /// <summary>Width in points (480 fits A4 text width).</summary>
    public double Width { get; init; } = 480;
    /// <summary>Height in points.</summary>
    public double Height { get; init; } = 300;
    /// <summary>The title; a title describing the selection is made when absent.</summary>
    public string? Title { get; init; }
    /// <summary>The metric a sources chart compares; the most reported metric when absent.</summary>
    public Metric? Metric { get; init; }
    /// <summary>What the rows of a bars chart are.</summary>
    public BarGrouping Grouping { get; init; } = BarGrouping.Metric;
    /// <summary>The language of the chart's words; an Arabic chart's text is shaped and set right to left.</summary>
    public Words Words { get; init; } = Words.English;
    /// <summary>How a bars chart reduces several reports to one bar.</summary>
    public BarAggregate Aggregate { get; init; } = BarAggregate.Highest;
}
