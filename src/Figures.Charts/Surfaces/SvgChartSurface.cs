using System.Globalization;
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
        var svg = new StringBuilder(256 + layout.Items.Count * 96);
        svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Num(layout.Width)).Append("pt\" height=\"").Append(Num(layout.Height))
            .Append("pt\" viewBox=\"0 0 ").Append(Num(layout.Width)).Append(' ').Append(Num(layout.Height))
            .Append("\" font-family=\"").Append(ChartTheme.FontStack).Append("\" role=\"img\">\n");
        svg.Append("<title>").Append(Escape(layout.Title)).Append("</title>\n");
        if (layout.Description.Length > 0) svg.Append("<desc>").Append(Escape(layout.Description)).Append("</desc>\n");
        foreach (var item in layout.Items)
        {
            switch (item)
            {
                case LineItem line:
                    svg.Append("<line x1=\"").Append(Num(line.X1)).Append("\" y1=\"").Append(Num(line.Y1))
                        .Append("\" x2=\"").Append(Num(line.X2)).Append("\" y2=\"").Append(Num(line.Y2))
                        .Append("\" stroke=\"").Append(line.Stroke.Hex).Append("\" stroke-width=\"").Append(Num(line.StrokeWidth)).Append('"');
                    if (line.Dash > 0) svg.Append(" stroke-dasharray=\"").Append(Num(line.Dash)).Append('"');
                    svg.Append("/>\n");
                    break;
                case RectItem rect:
                    svg.Append("<rect x=\"").Append(Num(rect.X)).Append("\" y=\"").Append(Num(rect.Y))
                        .Append("\" width=\"").Append(Num(rect.Width)).Append("\" height=\"").Append(Num(rect.Height)).Append('"');
                    Paint(svg, rect.Fill, rect.Stroke, rect.StrokeWidth);
                    svg.Append("/>\n");
                    break;
                case CircleItem circle:
                    svg.Append("<circle cx=\"").Append(Num(circle.CenterX)).Append("\" cy=\"").Append(Num(circle.CenterY))
                        .Append("\" r=\"").Append(Num(circle.Radius)).Append('"');
                    Paint(svg, circle.Fill, circle.Stroke, circle.StrokeWidth);
                    svg.Append("/>\n");
                    break;
                case TextItem text:
                    svg.Append("<text x=\"").Append(Num(text.X)).Append("\" y=\"").Append(Num(text.Y))
                        .Append("\" font-size=\"").Append(Num(text.Size)).Append("\" fill=\"").Append(text.Color.Hex).Append('"');
                    if (text.Anchor != TextAnchor.Start) svg.Append(" text-anchor=\"").Append(text.Anchor == TextAnchor.Middle ? "middle" : "end").Append('"');
                    if (text.Weight == TextWeight.Bold) svg.Append(" font-weight=\"bold\"");
                    svg.Append('>').Append(Escape(text.Text)).Append("</text>\n");
                    break;
            }
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Paint(StringBuilder svg, ChartColor? fill, ChartColor? stroke, double strokeWidth)
    {
        svg.Append(" fill=\"").Append(fill is { } f ? f.Hex : "none").Append('"');
        if (stroke is { } s && strokeWidth > 0)
            svg.Append(" stroke=\"").Append(s.Hex).Append("\" stroke-width=\"").Append(Num(strokeWidth)).Append('"');
    }

    private static string Num(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    // Characters XML 1.0 forbids are dropped, so any text from the dataset gives a well-formed document.
    private static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '"': result.Append("&quot;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        result.Append(c).Append(text[++i]);
                    }
                    else if (c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD))
                    {
                        result.Append(c);
                    }
                    break;
            }
        }
        return result.ToString();
    }
}
