using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Figures.Charts;

/// <summary>
/// Measures and draws text shaped by HarfBuzz, so any script the font covers is drawn with its kerning and
/// joined letters, and a line is measured exactly as it is drawn. Discretionary Latin ligatures ("fi", "fl")
/// are turned off: a PDF or SVG maps a ligature glyph back to "ﬁ", so "figures" would no longer be found by a
/// search or pasted as typed. Required ligatures (Arabic lam-alef) are kept.
/// </summary>
public static class TextShaper
{
    // A HarfBuzz font is not safe to share between threads.
    [ThreadStatic] private static Dictionary<SKTypeface, HarfBuzzSharp.Font>? _fonts;

    private const int Scale = 512;

    private static readonly Feature[] Features =
    [
        new(new Tag('l', 'i', 'g', 'a'), 0),
        new(new Tag('c', 'l', 'i', 'g'), 0),
    ];

    /// <summary>The advance width of <paramref name="text"/> in <paramref name="font"/>, in points.</summary>
    public static float Width(string text, SKFont font)
    {
        if (text.Length == 0) return 0;
        using var buffer = Shape(text, font.Typeface);
        var width = 0;
        foreach (var position in buffer.GlyphPositions) width += position.XAdvance;
        return width * font.Size / Scale;
    }

    /// <summary>Draws <paramref name="text"/> with its baseline's left end at (x, y).</summary>
    public static void Draw(SKCanvas canvas, string text, float x, float y, SKFont font, SKPaint paint)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        if (text.Length == 0) return;
        using var buffer = Shape(text, font.Typeface);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var scale = font.Size / Scale;
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedRun(font, infos.Length);
        var glyphs = run.Glyphs;
        var points = run.Positions;
        var pen = 0f;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            points[i] = new SKPoint(pen + positions[i].XOffset * scale, -positions[i].YOffset * scale);
            pen += positions[i].XAdvance * scale;
        }
        using var blob = builder.Build();
        if (blob is not null) canvas.DrawText(blob, x, y, paint);
    }

    private static HarfBuzzSharp.Buffer Shape(string text, SKTypeface typeface)
    {
        var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        Font(typeface).Shape(buffer, Features);
        return buffer;
    }

    private static HarfBuzzSharp.Font Font(SKTypeface typeface)
    {
        _fonts ??= new Dictionary<SKTypeface, HarfBuzzSharp.Font>(ReferenceEqualityComparer.Instance);
        if (_fonts.TryGetValue(typeface, out var font)) return font;
        using var blob = typeface.OpenStream(out var index).ToHarfBuzzBlob();
        using var face = new Face(blob, index) { Index = index, UnitsPerEm = typeface.UnitsPerEm };
        font = new HarfBuzzSharp.Font(face);
        font.SetScale(Scale, Scale);
        font.SetFunctionsOpenType();
        _fonts.Add(typeface, font);
        return font;
    }
}
