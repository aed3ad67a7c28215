using ScottPlot;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// The legend, drawn by ScottPlot in a band of its own above the panels: one entry per encoding the chart
/// uses (colour per metric, filled or hollow, point or period bar, range line), wrapped to the chart's width.
/// </summary>
/// A right-to-left legend (the Arabic edition) is laid out here instead, from the right, for the chart to draw with shaped labels.
internal sealed record LegendBand(Plot? Plot, float Height)
{
    /// <summary>The entries of a right-to-left legend, in points from the band's top left; empty for a ScottPlot legend.</summary>
    public IReadOnlyList<LegendItemSpot> Items { get; init; } = [];

    public static LegendBand Create(IReadOnlyList<LegendKey> keys, FontSet fonts, float width, float labelSize, bool rightToLeft = false)
    {
        if (keys.Count == 0) return new LegendBand(null, 0);
        if (rightToLeft) return RightToLeft(keys, fonts, width, labelSize);
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

    // Entries run from the right edge leftwards, symbol first (on the right), and wrap to a new row when full.
    private static LegendBand RightToLeft(IReadOnlyList<LegendKey> keys, FontSet fonts, float width, float labelSize)
    {
        using var font = fonts.Regular.Font(labelSize);
        var symbolWidth = labelSize * 1.4f;
        var row = labelSize * 1.45f;
        var items = new List<LegendItemSpot>(keys.Count);
        var right = width;
        var top = 2f;
        foreach (var key in keys)
        {
            var textWidth = TextShaper.Width(key.Text, font, TextDirection.RightToLeft);
            var itemWidth = symbolWidth + 3 + textWidth;
            if (right < width && right - itemWidth < 0)
            {
                right = width;
                top += row;
            }
            var symbol = SKRect.Create(right - symbolWidth, top, symbolWidth, row);
            items.Add(new LegendItemSpot(key, symbol, right - symbolWidth - 3 - textWidth, textWidth, top + row / 2 - (font.Metrics.Ascent + font.Metrics.Descent) / 2));
            right -= itemWidth + labelSize;
        }
        return new LegendBand(null, (float)Math.Ceiling(top + row) + 3) { Items = items };
    }

    /// <summary>Draws a legend symbol centred in <paramref name="box"/>, as ScottPlot draws it in a left-to-right legend.</summary>
    public static void DrawSymbol(SKCanvas canvas, LegendKey key, SKRect box)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = key.Color };
        var (cx, cy) = (box.MidX, box.MidY);
        switch (key.Mark)
        {
            case KeyMark.Dot:
                canvas.DrawCircle(cx, cy, 3.5f, paint);
                break;
            case KeyMark.Hollow:
                paint.IsStroke = true;
                paint.StrokeWidth = 1.4f;
                canvas.DrawCircle(cx, cy, 3.5f - 0.7f, paint);
                break;
            case KeyMark.Bar:
                canvas.DrawRect(box.Left, cy - 2.5f, box.Width, 5, paint);
                break;
            default:
                paint.IsStroke = true;
                paint.StrokeWidth = 1.4f;
                canvas.DrawLine(box.Left, cy, box.Right, cy, paint);
                canvas.DrawLine(cx, cy - 3.5f, cx, cy + 3.5f, paint);
                break;
        }
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
