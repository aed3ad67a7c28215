using Figures.Charts;
using SkiaSharp;

namespace Figures.Reports.Drawing;

/// <summary>
/// A cursor down the pages of a brief. Each page is recorded as a Skia picture, so the whole brief is laid
/// out once and then played back onto PDF pages or PNG images alike, with "Page X of Y" added once the
/// number of pages is known.
/// </summary>
/// In a right-to-left brief every position is given as if the page ran left to right and is mirrored when drawn:
/// a line starts at the right margin, the first table column is on the right, an indent is on the right.
internal sealed class PageFlow(SKSize pageSize, bool rightToLeft = false) : IDisposable
{
    public const float MarginX = 56;
    public const float MarginTop = 62;
    public const float MarginBottom = 58;

    private readonly List<SKPicture> _pages = [];
    private readonly List<float> _fill = [];
    private SKPictureRecorder? _recorder;

    /// <summary>The canvas of the page being laid out.</summary>
    public SKCanvas Canvas { get; private set; } = null!;
    /// <summary>Where the next content starts, from the top of the page.</summary>
    public float Y { get; set; }
    /// <summary>The page size in points.</summary>
    public SKSize PageSize => pageSize;
    /// <summary>The number of the page being laid out, from 1.</summary>
    public int PageNumber => _pages.Count + 1;

    /// <summary>Left edge of the content.</summary>
    public float Left => MarginX;
    /// <summary>Right edge of the content.</summary>
    public float Right => pageSize.Width - MarginX;
    /// <summary>Width of the content.</summary>
    public float Width => pageSize.Width - 2 * MarginX;
    /// <summary>Lowest point content may reach.</summary>
    public float Bottom => pageSize.Height - MarginBottom;
    /// <summary>Room left on the current page.</summary>
    public float Room => Bottom - Y;
    /// <summary>Whether nothing has been placed on the current page yet.</summary>
    public bool AtPageTop => Y <= MarginTop;

    /// <summary>Whether the page is mirrored for right-to-left text.</summary>
    public bool RightToLeft => rightToLeft;

    /// <summary>Where a box given from the left edge lies on the page: mirrored in a right-to-left brief.</summary>
    public float X(float x, float width) => Mirror(pageSize.Width, rightToLeft, x, width);

    /// <summary>The left edge of a box <paramref name="x"/> to <paramref name="x"/> + <paramref name="width"/> on a page as wide as <paramref name="pageWidth"/>, mirrored when right to left.</summary>
    public static float Mirror(float pageWidth, bool rightToLeft, float x, float width) => rightToLeft ? pageWidth - x - width : x;

    /// <summary>Starts a new page.</summary>
    public void NewPage()
    {
        EndPage();
        _recorder = new SKPictureRecorder();
        Canvas = _recorder.BeginRecording(new SKRect(0, 0, pageSize.Width, pageSize.Height));
        Y = MarginTop;
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> still fits: a block is never split.</summary>
    public void Ensure(float height)
    {
        if (Y + height > Bottom && !AtPageTop) NewPage();
    }

    /// <summary>The recorded pages, in order; the flow is finished after this.</summary>
    public IReadOnlyList<SKPicture> Finish()
    {
        EndPage();
        return _pages;
    }

    /// <summary>How much of each finished page's content height was used, from 0 to 1.</summary>
    public IReadOnlyList<float> PageFill => _fill;

    /// <summary>Draws wrapped text at the cursor, moving to a new page between lines where needed.</summary>
    public void Paragraph(string text, TextStyle style, float indent = 0, float gapAfter = BriefStyles.ParagraphGap)
    {
        var lines = style.Wrap(text, Width - indent);
        var paragraph = Lines(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            Ensure(style.LineHeight);
            Line(lines[i], style, Left + indent, Y, paragraph?.At(i));
            Y += style.LineHeight;
        }
        Y += gapAfter;
    }

    /// <summary>A paragraph that opens with a bold run-in heading ("Dates. A figure dated ..."), kept together when it fits a page.</summary>
    public void RunInParagraph(string heading, TextStyle headingStyle, string text, TextStyle style, float gapAfter = BriefStyles.ParagraphGap)
    {
        var headingWidth = headingStyle.Width(heading) + style.Width(" ");
        var lines = Charts.WordWrap.Lines(text, Width - headingWidth, Width, style.Width);
        var paragraph = Lines(lines);
        Ensure(Math.Min(lines.Count * style.LineHeight, Bottom - MarginTop));
        for (var i = 0; i < lines.Count; i++)
        {
            Ensure(style.LineHeight);
            if (i == 0) Line(heading, headingStyle, Left, Y);
            Line(lines[i], style, i == 0 ? Left + headingWidth : Left, Y, paragraph?.At(i));
            Y += style.LineHeight;
        }
        Y += gapAfter;
    }

    /// <summary>Draws wrapped text in a box without moving the cursor; returns the height used.</summary>
    public float TextAt(string text, TextStyle style, float x, float y, float width)
    {
        var lines = style.Wrap(text, width);
        if (rightToLeft && style.Direction == Charts.TextDirection.LeftToRight)
        {
            // A left-to-right paragraph in a right-to-left page (a quote in English) starts at the left of its box.
            for (var i = 0; i < lines.Count; i++)
                Charts.TextShaper.Draw(Canvas, lines[i], X(x, width), y + i * style.LineHeight + style.Ascent + (style.LineHeight - style.Size) / 2, style.Font, style.Paint);
            return lines.Count * style.LineHeight;
        }
        var paragraph = Lines(lines);
        for (var i = 0; i < lines.Count; i++) Line(lines[i], style, x, y + i * style.LineHeight, paragraph?.At(i));
        return lines.Count * style.LineHeight;
    }

    /// <summary>The height wrapped text takes.</summary>
    public static float Height(string text, TextStyle style, float width) => style.Wrap(text, width).Count * style.LineHeight;

    /// <summary>One line of text with its top at <paramref name="top"/>.</summary>
    /// <remarks>In a right-to-left brief, <paramref name="paragraph"/> gives the wrapped paragraph the line belongs to and where the line starts in it.</remarks>
    public void Line(string text, TextStyle style, float x, float top, (string Text, int Start)? paragraph = null)
    {
        var baseline = top + style.Ascent + (style.LineHeight - style.Size) / 2;
        if (!rightToLeft)
        {
            Charts.TextShaper.Draw(Canvas, text, x, baseline, style.Font, style.Paint, style.Direction);
            return;
        }
        var (whole, start) = paragraph ?? (text, 0);
        Charts.TextShaper.DrawLine(Canvas, whole, start, text.Length, X(x, style.Width(text)), baseline, style.Font, style.Paint);
    }

    /// <summary>The paragraph that wrapped lines make again, to resolve directions over it; null in a left-to-right brief.</summary>
    public WrappedParagraph? Lines(IReadOnlyList<string> lines) => rightToLeft ? new WrappedParagraph(lines) : null;

    /// <summary>A filled rectangle.</summary>
    public void Fill(float x, float y, float width, float height, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        Canvas.DrawRect(X(x, width), y, width, height, paint);
    }

    /// <summary>A thin horizontal rule across the content width.</summary>
    public void Rule(float y, SKColor color, float thickness = 0.5f)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = thickness, IsStroke = true, IsAntialias = true };
        Canvas.DrawLine(Left, y, Right, y, paint);
    }

    public void Dispose()
    {
        EndPage();
        foreach (var page in _pages) page.Dispose();
    }

    private void EndPage()
    {
        if (_recorder is null) return;
        _pages.Add(_recorder.EndRecording());
        _fill.Add((Y - MarginTop) / (Bottom - MarginTop));
        _recorder.Dispose();
        _recorder = null;
    }
}
