using System.Text;

namespace Figures.Charts;

/// <summary>
/// Draws a chart layout as a standalone SVG document: sized in points with a viewBox, text kept as
/// text (searchable, translatable), and a font stack that falls back gracefully.
/// </summary>
public static class SvgChartSurface
{
    /// <summary>The SVG document text.</summary>
    public static string Render(ChartLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        // Left to grow in the builder's own chunks (at most 8,000 characters each): one large buffer sized
        // up front would land on the large object heap and cost a full collection per big chart.
        var svg = new StringBuilder();
        svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Number(layout.Width).Append("pt\" height=\"").Number(layout.Height)
            .Append("pt\" viewBox=\"0 0 ").Number(layout.Width).Append(' ').Number(layout.Height)
            .Append("\" font-family=\"").Append(ChartTheme.FontStack).Append("\" role=\"img\">\n");
        svg.Append("<title>").Escaped(layout.Title).Append("</title>\n");
        if (layout.Description.Length > 0) svg.Append("<desc>").Escaped(layout.Description).Append("</desc>\n");
        foreach (var item in layout.Items)
        {
            switch (item)
            {
                case LineItem line:
                    svg.Append("<line x1=\"").Number(line.X1).Append("\" y1=\"").Number(line.Y1)
                        .Append("\" x2=\"").Number(line.X2).Append("\" y2=\"").Number(line.Y2)
                        .Append("\" stroke=\"").Color(line.Stroke).Append("\" stroke-width=\"").Number(line.StrokeWidth).Append('"');
                    if (line.Dash > 0) svg.Append(" stroke-dasharray=\"").Number(line.Dash).Append('"');
                    svg.Append("/>\n");
                    break;
                case RectItem rect:
                    svg.Append("<rect x=\"").Number(rect.X).Append("\" y=\"").Number(rect.Y)
                        .Append("\" width=\"").Number(rect.Width).Append("\" height=\"").Number(rect.Height).Append('"');
                    Paint(svg, rect.Fill, rect.Stroke, rect.StrokeWidth);
                    svg.Append("/>\n");
                    break;
                case CircleItem circle:
                    svg.Append("<circle cx=\"").Number(circle.CenterX).Append("\" cy=\"").Number(circle.CenterY)
                        .Append("\" r=\"").Number(circle.Radius).Append('"');
                    Paint(svg, circle.Fill, circle.Stroke, circle.StrokeWidth);
                    svg.Append("/>\n");
                    break;
                case TextItem text:
                    svg.Append("<text x=\"").Number(text.X).Append("\" y=\"").Number(text.Y)
                        .Append("\" font-size=\"").Number(text.Size).Append("\" fill=\"").Color(text.Color).Append('"');
                    if (text.Anchor != TextAnchor.Start) svg.Append(" text-anchor=\"").Append(text.Anchor == TextAnchor.Middle ? "middle" : "end").Append('"');
                    if (text.Weight == TextWeight.Bold) svg.Append(" font-weight=\"bold\"");
                    svg.Append('>').Escaped(text.Text).Append("</text>\n");
                    break;
            }
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Paint(StringBuilder svg, ChartColor? fill, ChartColor? stroke, double strokeWidth)
    {
        svg.Append(" fill=\"");
        if (fill is { } f) svg.Color(f);
        else svg.Append("none");
        svg.Append('"');
        if (stroke is { } s && strokeWidth > 0)
            svg.Append(" stroke=\"").Color(s).Append("\" stroke-width=\"").Number(strokeWidth).Append('"');
    }
}
