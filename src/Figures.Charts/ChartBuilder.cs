using Figures.Core.Diagnostics;

namespace Figures.Charts;

/// <summary>Lays out a chart from a selection of figures. Pure: no I/O, same input, same drawing.</summary>
public static class ChartBuilder
{
    /// <summary>The smallest chart side, in points, that still has room for a plot.</summary>
    public const double MinSide = 160;
    /// <summary>The largest chart side, in points.</summary>
    public const double MaxSide = 5000;

    /// <summary>The chart's drawing instructions; an empty selection is a <see cref="FiguresException"/> (invalid data).</summary>
    public static ChartLayout Layout(ChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Figures.Count == 0)
            throw new FiguresException("no figures to chart: the selection is empty", ExitCode.InvalidData);
        if (!(request.Width >= MinSide && request.Width <= MaxSide) || !(request.Height >= MinSide && request.Height <= MaxSide))
            throw new FiguresException($"chart width and height must be between {MinSide:0} and {MaxSide:0} points (got {request.Width.ToString(System.Globalization.CultureInfo.InvariantCulture)} × {request.Height.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
        return request.Kind switch
        {
            ChartKind.Timeline => TimelineChart.Build(request),
            ChartKind.Sources => SourcesChart.Build(request),
            ChartKind.Bars => BarsChart.Build(request),
            _ => throw new FiguresException($"unknown chart kind {request.Kind}"),
        };
    }
}
