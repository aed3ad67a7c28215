using Figures.Charts;
using SkiaSharp;

namespace Figures.Reports.Drawing;

/// <summary>A face, a size and a colour: how one kind of text in the brief looks.</summary>
internal sealed class TextStyle : IDisposable
{
    private readonly Dictionary<string, float> _widths = new(StringComparer.Ordinal);

    public TextStyle(FontFace face, float size, SKColor color, TextDirection direction = TextDirection.LeftToRight)
    {
        Direction = direction;
        Size = size;
        Font = face.Font(size);
        Paint = new SKPaint { Color = color, IsAntialias = true };
        var metrics = Font.Metrics;
        Ascent = -metrics.Ascent;
    }

    /// <summary>Which way its lines run: right to left in an Arabic brief.</summary>
    public TextDirection Direction { get; }
    /// <summary>The size in points.</summary>
    public float Size { get; }
    /// <summary>The Skia font.</summary>
    public SKFont Font { get; }
    /// <summary>The paint text is filled with.</summary>
    public SKPaint Paint { get; }
    /// <summary>Distance from a line's top to its baseline.</summary>
    public float Ascent { get; }
    /// <summary>Height of one line, leading included.</summary>
    public float LineHeight => Typography.LineHeight(Size);

    /// <summary>The shaped width of a piece of text; words repeat, so widths are kept.</summary>
    public float Width(string text)
    {
        if (!_widths.TryGetValue(text, out var width))
        {
            width = TextShaper.Width(text, Font, Direction);
            if (text.Length <= 64) _widths[text] = width;
        }
        return width;
    }

    /// <summary>The text wrapped to a width by the one word-wrapper.</summary>
    public IReadOnlyList<string> Wrap(string text, float width) => WordWrap.Lines(text, width, Width);

    public void Dispose()
    {
        Font.Dispose();
        Paint.Dispose();
    }
}
