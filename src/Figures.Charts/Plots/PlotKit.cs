using ScottPlot;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// The house style of every ScottPlot plot in a chart: our fonts (through the resolver's alias), our
/// colours, a fixed padding (so panels line up and the layout is decided by us, not measured per render),
/// light gridlines and no box around the data.
/// </summary>
internal static class PlotKit
{
    /// <summary>Tick and value label size for a chart width: never under 7 points.</summary>
    public static float LabelSize(float chartWidth) => chartWidth < 320 ? Typography.NoteSize : Typography.LabelSize;

    /// <summary>A new plot in the house style, its data area inset by <paramref name="padding"/>.</summary>
    public static Plot New(FontSet fonts, PixelPadding padding, float labelSize)
    {
        var plot = new Plot();
        plot.Font.Set(fonts.Alias);
        plot.FigureBackground.Color = MetricColors.Convert(Typography.Paper);
        plot.DataBackground.Color = Colors.Transparent;
        plot.Layout.Fixed(padding);
        plot.Grid.MajorLineColor = MetricColors.Convert(Typography.Grid);
        plot.Grid.MajorLineWidth = 0.6f;
        plot.Grid.MinorLineWidth = 0;
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom, plot.Axes.Top, plot.Axes.Right }) StyleAxis(axis, fonts, labelSize);
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        return plot;
    }

    /// <summary>Styles one axis: our font, size and greys.</summary>
    public static void StyleAxis(IAxis axis, FontSet fonts, float labelSize)
    {
        axis.TickLabelStyle.FontSize = labelSize;
        axis.TickLabelStyle.ForeColor = MetricColors.Convert(Typography.Muted);
        axis.TickLabelStyle.FontName = fonts.Alias;
        axis.MajorTickStyle.Length = 3;
        axis.MajorTickStyle.Color = MetricColors.Convert(Typography.Axis);
        axis.MinorTickStyle.Length = 1.5f;
        axis.MinorTickStyle.Color = MetricColors.Convert(Typography.Axis);
        axis.FrameLineStyle.Color = MetricColors.Convert(Typography.Axis);
        axis.FrameLineStyle.Width = 0.8f;
    }

    /// <summary>Adds a value label with its left-middle (or other) point at a data coordinate.</summary>
    public static void Label(Plot plot, FontSet fonts, string text, Coordinates at, float size, SKColor color, Alignment alignment = Alignment.MiddleLeft)
    {
        var label = plot.Add.Text(text, at);
        label.LabelFontName = fonts.Alias;
        label.LabelFontSize = size;
        label.LabelFontColor = MetricColors.Convert(color);
        label.LabelAlignment = alignment;
        label.LabelBackgroundColor = Colors.Transparent;
        label.LabelBorderWidth = 0;
        label.LabelPadding = 0;
    }

    /// <summary>The widest of some labels ScottPlot draws, in points.</summary>
    public static float Widest(IEnumerable<string> texts, SKFont font)
    {
        var widest = 0f;
        foreach (var text in texts) widest = Math.Max(widest, LabelWidth(text, font));
        return widest;
    }

    /// <summary>
    /// The width of a label ScottPlot draws: ScottPlot measures and draws unshaped, so Skia's own measure is the
    /// exact one (and far cheaper than shaping), unlike the chart's own text, which is shaped.
    /// </summary>
    public static float LabelWidth(string text, SKFont font) => font.MeasureText(text);
}
