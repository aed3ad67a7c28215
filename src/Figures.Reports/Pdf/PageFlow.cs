using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Figures.Reports.Pdf;

/// <summary>
/// A cursor down the pages of a document: adds pages as content needs them and wraps text to a
/// width by measuring words with the real font, so long titles and quotes never run off the page.
/// </summary>
internal sealed class PageFlow(PdfDocument document, XSize pageSize, Typography type)
{
    private const double MarginX = 56;
    private const double MarginTop = 62;
    private const double MarginBottom = 58;

    /// <summary>The current page.</summary>
    public PdfPage Page { get; private set; } = null!;
    /// <summary>Graphics of the current page.</summary>
    public XGraphics Gfx { get; private set; } = null!;
    /// <summary>Where the next content starts, from the top of the page.</summary>
    public double Y { get; set; }

    /// <summary>Left edge of the content.</summary>
    public double Left => MarginX;
    /// <summary>Width of the content.</summary>
    public double Width => pageSize.Width - 2 * MarginX;
    /// <summary>Lowest point content may reach.</summary>
    public double Bottom => pageSize.Height - MarginBottom;
    /// <summary>Height content may use on one page.</summary>
    public double PageContentHeight => Bottom - MarginTop;
    /// <summary>Page size in points.</summary>
    public XSize PageSize => pageSize;
    /// <summary>Room left on the current page.</summary>
    public double Room => Bottom - Y;

    /// <summary>Starts a new page.</summary>
    public void NewPage()
    {
        Gfx?.Dispose();
        Page = document.AddPage();
        Page.Width = XUnit.FromPoint(pageSize.Width);
        Page.Height = XUnit.FromPoint(pageSize.Height);
        Gfx = XGraphics.FromPdfPage(Page);
        Y = MarginTop;
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> still fits (a block is never split).</summary>
    public void Ensure(double height)
    {
        if (Y + height > Bottom && Y > MarginTop) NewPage();
    }

    /// <summary>Ends drawing on the last page.</summary>
    public void Finish() => Gfx?.Dispose();

    /// <summary>Splits text into lines no wider than <paramref name="width"/>; words longer than a line are broken.</summary>
    public IReadOnlyList<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Gfx.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (Gfx.MeasureString(line, font).Width > width && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && Gfx.MeasureString(line[..cut], font).Width > width) cut--;
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>Height of wrapped text.</summary>
    public double Height(string text, XFont font, double width) => Wrap(text, font, width).Count * type.LineHeight(font);

    /// <summary>Draws wrapped text at the cursor, moving to new pages between lines as needed.</summary>
    public void Paragraph(string text, XFont font, XBrush brush, double indent = 0, double? gapAfter = null)
    {
        var lineHeight = type.LineHeight(font);
        foreach (var line in Wrap(text, font, Width - indent))
        {
            Ensure(lineHeight);
            Gfx.DrawString(line, font, brush, new XPoint(Left + indent, Y + font.Size), XStringFormats.Default);
            Y += lineHeight;
        }
        Y += gapAfter ?? type.ParagraphGap;
    }

    /// <summary>Draws wrapped lines inside a box without moving the cursor; returns the height used.</summary>
    public double TextAt(string text, XFont font, XBrush brush, double x, double y, double width)
    {
        var lineHeight = type.LineHeight(font);
        var lines = Wrap(text, font, width);
        for (var i = 0; i < lines.Count; i++)
            Gfx.DrawString(lines[i], font, brush, new XPoint(x, y + i * lineHeight + font.Size), XStringFormats.Default);
        return lines.Count * lineHeight;
    }
}
