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
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Invariant, $"{Math.Round(layout.Width, 2):0.##}").Append("pt\" height=\"").Append(Invariant, $"{Math.Round(layout.Height, 2):0.##}")
            .Append("pt\" viewBox=\"0 0 ").Append(Invariant, $"{Math.Round(layout.Width, 2):0.##}").Append(' ').Append(Invariant, $"{Math.Round(layout.Height, 2):0.##}")
            .Append("\" font-family=\"").Append(ChartTheme.FontStack).Append("\" role=\"img\">\n");
        svg.Append("<title>").Append(Escape(layout.Title)).Append("</title>\n");
        if (layout.Description.Length > 0) svg.Append("<desc>").Append(Escape(layout.Description)).Append("</desc>\n");
        foreach (var item in layout.Items)
        {
            switch (item)
            {
                case LineItem line:
                    svg.Append("<line x1=\"").Append(Invariant, $"{Math.Round(line.X1, 2):0.##}").Append("\" y1=\"").Append(Invariant, $"{Math.Round(line.Y1, 2):0.##}")
                        .Append("\" x2=\"").Append(Invariant, $"{Math.Round(line.X2, 2):0.##}").Append("\" y2=\"").Append(Invariant, $"{Math.Round(line.Y2, 2):0.##}")
                        .Append("\" stroke=\"").Append(line.Stroke.Hex).Append("\" stroke-width=\"").Append(Invariant, $"{Math.Round(line.StrokeWidth, 2):0.##}").Append('"');
                    if (line.Dash > 0) svg.Append(" stroke-dasharray=\"").Append(Invariant, $"{Math.Round(line.Dash, 2):0.##}").Append('"');
                    svg.Append("/>\n");
                    break;
                case RectItem rect:
                    svg.Append("<rect x=\"").Append(Invariant, $"{Math.Round(rect.X, 2):0.##}").Append("\" y=\"").Append(Invariant, $"{Math.Round(rect.Y, 2):0.##}")
                        .Append("\" width=\"").Append(Invariant, $"{Math.Round(rect.Width, 2):0.##}").Append("\" height=\"").Append(Invariant, $"{Math.Round(rect.Height, 2):0.##}").Append('"');
                    Paint(svg, rect.Fill, rect.Stroke, rect.StrokeWidth);
                    svg.Append("/>\n");
                    break;
                case CircleItem circle:
                    svg.Append("<circle cx=\"").Append(Invariant, $"{Math.Round(circle.CenterX, 2):0.##}").Append("\" cy=\"").Append(Invariant, $"{Math.Round(circle.CenterY, 2):0.##}")
                        .Append("\" r=\"").Append(Invariant, $"{Math.Round(circle.Radius, 2):0.##}").Append('"');
                    Paint(svg, circle.Fill, circle.Stroke, circle.StrokeWidth);
                    svg.Append("/>\n");
                    break;
                case TextItem text:
                    svg.Append("<text x=\"").Append(Invariant, $"{Math.Round(text.X, 2):0.##}").Append("\" y=\"").Append(Invariant, $"{Math.Round(text.Y, 2):0.##}")
                        .Append("\" font-size=\"").Append(Invariant, $"{Math.Round(text.Size, 2):0.##}").Append("\" fill=\"").Append(text.Color.Hex).Append('"');
                    if (text.Anchor != TextAnchor.Start) svg.Append(" text-anchor=\"").Append(text.Anchor == TextAnchor.Middle ? "middle" : "end").Append('"');
                    if (text.Weight == TextWeight.Bold) svg.Append(" font-weight=\"bold\"");
                    svg.Append('>').Append(Escape(text.Text)).Append("</text>\n");
                    break;
            }
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    // Numbers are formatted straight into the builder (no string per number) with the invariant culture.
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static void Paint(StringBuilder svg, ChartColor? fill, ChartColor? stroke, double strokeWidth)
    {
        svg.Append(" fill=\"").Append(fill is { } f ? f.Hex : "none").Append('"');
        if (stroke is { } s && strokeWidth > 0)
            svg.Append(" stroke=\"").Append(s.Hex).Append("\" stroke-width=\"").Append(Invariant, $"{Math.Round(strokeWidth, 2):0.##}").Append('"');
    }


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
