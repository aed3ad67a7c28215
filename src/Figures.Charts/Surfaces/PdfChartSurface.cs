using Figures.Charts.Pdf;
using PdfSharp.Drawing;

namespace Figures.Charts;

/// <summary>
/// Draws a chart layout with PDFsharp as vector graphics, at any position on any page, so the PDF
/// brief can place charts inside its pages. Text uses the embedded Segoe WP family.
/// </summary>
public static class PdfChartSurface
{
    /// <summary>Draws <paramref name="layout"/> with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>), in points.</summary>
    public static void Draw(ChartLayout layout, XGraphics gfx, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(gfx);
        PdfSetup.EnsureInitialized();
        var fonts = new Dictionary<FontKey, XFont>();
        var state = gfx.Save();
        try
        {
            gfx.TranslateTransform(x, y);
            foreach (var item in layout.Items)
            {
                switch (item)
                {
                    case LineItem line:
                        var pen = new XPen(Color(line.Stroke), line.StrokeWidth);
                        if (line.Dash > 0) pen.DashPattern = [line.Dash / line.StrokeWidth, line.Dash / line.StrokeWidth];
                        gfx.DrawLine(pen, line.X1, line.Y1, line.X2, line.Y2);
                        break;
                    case RectItem rect:
                        gfx.DrawRectangle(Pen(rect.Stroke, rect.StrokeWidth), Brush(rect.Fill), rect.X, rect.Y, rect.Width, rect.Height);
                        break;
                    case CircleItem circle:
                        var d = circle.Radius * 2;
                        gfx.DrawEllipse(Pen(circle.Stroke, circle.StrokeWidth), Brush(circle.Fill), circle.CenterX - circle.Radius, circle.CenterY - circle.Radius, d, d);
                        break;
                    case TextItem text:
                        if (!fonts.TryGetValue(new FontKey(text.Size, text.Weight), out var font))
                        {
                            font = new XFont(ChartTheme.PdfFontFamily, text.Size, text.Weight == TextWeight.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
                            fonts[new FontKey(text.Size, text.Weight)] = font;
                        }
                        var format = text.Anchor switch
                        {
                            TextAnchor.Middle => XStringFormats.BaseLineCenter,
                            TextAnchor.End => XStringFormats.BaseLineRight,
                            _ => XStringFormats.BaseLineLeft,
                        };
                        gfx.DrawString(text.Text, font, new XSolidBrush(Color(text.Color)), text.X, text.Y, format);
                        break;
                }
            }
        }
        finally
        {
            gfx.Restore(state);
        }
    }

    private static XColor Color(ChartColor color) => XColor.FromArgb(color.R, color.G, color.B);

    private static XPen? Pen(ChartColor? color, double width) => color is { } c && width > 0 ? new XPen(Color(c), width) : null;

    private static XBrush? Brush(ChartColor? color) => color is { } c ? new XSolidBrush(Color(c)) : null;

    // A class, not a tuple: the dictionary then runs the runtime's precompiled code for reference types.
    private sealed record FontKey(double Size, TextWeight Weight);
}
