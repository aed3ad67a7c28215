using ScottPlot;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// The legend, drawn by ScottPlot in a band of its own above the panels: one entry per encoding the chart
/// uses (colour per metric, filled or hollow, point or period bar, range line), wrapped to the chart's width.
/// </summary>
internal sealed record LegendBand(Plot? Plot, float Height)
{
    public static LegendBand Create(IReadOnlyList<LegendKey> keys, FontSet fonts, float width, float labelSize)
    {
        if (keys.Count == 0) return new LegendBand(null, 0);
        var plot = new Plot();
        plot.Font.Set(fonts.Alias);
        plot.FigureBackground.Color = MetricColors.Convert(Typography.Paper);
        plot.DataBackground.Color = Colors.Transparent;
        plot.Layout.Fixed(new PixelPadding(0));
        plot.Axes.Frameless();
        plot.HideGrid();
        var legend = plot.Legend;
        legend.IsVisible = true;
        legend.Orientation = Orientation.Horizontal;
        legend.Alignment = Alignment.UpperLeft;
        legend.Margin = new PixelPadding(0);
        legend.Padding = new PixelPadding(0, 0, 2, 2);
        legend.InterItemPadding = new PixelPadding(0, labelSize, 1, 1);
        legend.SymbolWidth = labelSize * 1.4f;
        legend.SymbolPadding = 3;
        legend.TightHorizontalWrapping = true;
        legend.OutlineWidth = 0;
        legend.OutlineColor = Colors.Transparent;
        legend.ShadowColor = Colors.Transparent;
        legend.ShadowOffset = new PixelOffset(0, 0);
        legend.BackgroundColor = Colors.Transparent;
        legend.FontName = fonts.Alias;
        legend.FontSize = labelSize;
        legend.FontColor = MetricColors.Convert(Typography.Ink);
        foreach (var key in keys) legend.ManualItems.Add(Item(key));
        using var paint = Paint.NewDisposablePaint();
        var layout = legend.Layout.GetLayout(legend, legend.GetItems(), new PixelSize(width, 10_000), paint);
        // The band is as tall as the items, without the legend frame's inner padding below the last row.
        var bottom = layout.LabelRects.Concat(layout.SymbolRects).Max(r => r.Bottom);
        return new LegendBand(plot, (float)Math.Ceiling(bottom - layout.LegendRect.Top) + 3);
    }

    private static LegendItem Item(LegendKey key)
    {
        var color = MetricColors.Convert(key.Color);
        var item = new LegendItem { LabelText = key.Text };
        switch (key.Mark)
        {
            case KeyMark.Dot:
                item.MarkerShape = MarkerShape.FilledCircle;
                item.MarkerSize = 7;
                item.MarkerFillColor = color;
                item.MarkerLineColor = color;
                item.LineWidth = 0;
                break;
            case KeyMark.Hollow:
                item.MarkerShape = MarkerShape.OpenCircle;
                item.MarkerSize = 7;
                item.MarkerLineColor = color;
                item.MarkerLineWidth = 1.4f;
                item.LineWidth = 0;
                break;
            case KeyMark.Bar:
                item.MarkerShape = MarkerShape.None;
                item.LineColor = color;
                item.LineWidth = 5;
                break;
            default:
                item.MarkerShape = MarkerShape.VerticalBar;
                item.MarkerSize = 7;
                item.MarkerLineColor = color;
                item.MarkerLineWidth = 1.4f;
                item.LineColor = color;
                item.LineWidth = 1.4f;
                break;
        }
        return item;
    }
}
