using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using HbBuffer = HarfBuzzSharp.Buffer;
using HbFont = HarfBuzzSharp.Font;

namespace Figures.Charts;

/// <summary>
/// Measures and draws text shaped by HarfBuzz, so any script the font covers is drawn with its kerning and
/// joined letters, and a line is measured exactly as it is drawn. Discretionary Latin ligatures ("fi", "fl") are
/// turned off, because an SVG maps a ligature glyph back to "ﬁ" and "figures" could no longer be searched or
/// pasted; required ligatures (Arabic lam-alef) stay. Each drawn run also carries its text and the cluster of
/// every glyph, so a PDF maps every glyph back to the letters it stands for, in logical order.
/// Right-to-left text (the Arabic edition) is cut into runs by the bidirectional algorithm (<see cref="BidiRuns"/>):
/// each run is shaped in its own direction and placed in visual order, and carries its own text, so mixed Arabic,
/// Latin and digits read in the right order and still extract in logical order.
/// </summary>
public static class TextShaper
{
    // HarfBuzz works in integer units: shape at this many units per point size, then scale down.
    private const int Scale = 512;

    private static readonly Feature[] Features =
    [
        new(new Tag('l', 'i', 'g', 'a'), 0),
        new(new Tag('c', 'l', 'i', 'g'), 0),
    ];

    // A HarfBuzz font is not safe to share between threads.
    [ThreadStatic] private static Dictionary<SKTypeface, HbFont>? _fonts;

    /// <summary>The direction of a paragraph by its first strong letter (rules P2-P3): right to left for Arabic or Hebrew, else left to right.</summary>
    public static TextDirection DirectionOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            // Digits, Arabic-Indic ones too, are not strong: the first letter decides.
            if (!char.IsLetter(c)) continue;
            return c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' ? TextDirection.RightToLeft : TextDirection.LeftToRight;
        }
        return TextDirection.LeftToRight;
    }

    /// <summary>The advance width of <paramref name="text"/> in <paramref name="font"/>, in points.</summary>
    public static float Width(string text, SKFont font, TextDirection direction = TextDirection.LeftToRight)
    {
        if (text.Length == 0) return 0;
        if (direction == TextDirection.RightToLeft)
        {
            var width = 0f;
            foreach (var (start, length, rtl) in BidiRuns.Visual(text))
            {
                using var run = Shape(text.Substring(start, length), font, rtl ? Direction.RightToLeft : Direction.LeftToRight);
                width += run.Width;
            }
            return width;
        }
        using var shaped = Shape(text, font);
        return shaped.Width;
    }

    /// <summary>Draws <paramref name="text"/> with its baseline's left end at (x, y).</summary>
    public static void Draw(SKCanvas canvas, string text, float x, float y, SKFont font, SKPaint paint, TextDirection direction = TextDirection.LeftToRight)
    {
        if (text.Length == 0) return;
        if (direction == TextDirection.RightToLeft)
        {
            DrawLine(canvas, text, 0, text.Length, x, y, font, paint);
            return;
        }
        using var builder = new SKTextBlobBuilder();
        using var shaped = Shape(text, font);
        Add(builder, shaped, font, 0);
        using var blob = builder.Build();
        if (blob is not null) canvas.DrawText(blob, x, y, paint);
    }

    /// <summary>
    /// Draws one line of a right-to-left <paramref name="paragraph"/> (the characters <paramref name="start"/> to
    /// <paramref name="start"/> + <paramref name="length"/>) with its left end at (x, y). The paragraph's directions
    /// are resolved over the whole paragraph, so brackets and quotes that a line break splits keep their direction.
    /// </summary>
    public static void DrawLine(SKCanvas canvas, string paragraph, int start, int length, float x, float y, SKFont font, SKPaint paint)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        if (length == 0) return;
        using var builder = new SKTextBlobBuilder();
        // One blob run per bidirectional run, left to right on the line, each with its own text and clusters.
        var pen = 0f;
        foreach (var (runStart, runLength, rtl) in BidiRuns.Visual(paragraph, start, length))
        {
            using var piece = Shape(paragraph.Substring(runStart, runLength), font, rtl ? Direction.RightToLeft : Direction.LeftToRight);
            Add(builder, piece, font, pen);
            pen += piece.Width;
        }
        using var blob = builder.Build();
        if (blob is not null) canvas.DrawText(blob, x, y, paint);
    }

    private static void Add(SKTextBlobBuilder builder, ShapedRun shaped, SKFont font, float offset)
    {
        if (shaped.Glyphs.Length == 0) return;
        var positions = shaped.Positions;
        if (offset != 0) positions = positions.Select(p => new SKPoint(p.X + offset, p.Y)).ToArray();
        var run = builder.AllocatePositionedTextRun(font, shaped.Glyphs.Length, shaped.Utf8.Length);
        run.SetGlyphs(shaped.Glyphs);
        run.SetPositions(positions);
        run.SetText(shaped.Utf8);
        run.SetClusters(shaped.Clusters);
    }

    // A null direction lets HarfBuzz guess it from the text (left-to-right text, as it always was).
    private static ShapedRun Shape(string text, SKFont font, Direction? direction = null)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var buffer = new HbBuffer();
        buffer.AddUtf8(utf8);
        buffer.GuessSegmentProperties();
        if (direction is { } forced) buffer.Direction = forced;
        HarfBuzz(font.Typeface).Shape(buffer, Features);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var size = font.Size / Scale;
        var glyphs = new ushort[infos.Length];
        var points = new SKPoint[infos.Length];
        var clusters = new uint[infos.Length];
        float pen = 0;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = infos[i].Cluster;
            points[i] = new SKPoint(pen + positions[i].XOffset * size, -positions[i].YOffset * size);
            pen += positions[i].XAdvance * size;
        }
        return new ShapedRun(buffer, glyphs, points, clusters, utf8, pen);
    }

    private static HbFont HarfBuzz(SKTypeface typeface)
    {
        _fonts ??= new Dictionary<SKTypeface, HbFont>(ReferenceEqualityComparer.Instance);
        if (_fonts.TryGetValue(typeface, out var font)) return font;
        using var blob = typeface.OpenStream(out var index).ToHarfBuzzBlob();
        using var face = new Face(blob, index) { Index = index, UnitsPerEm = typeface.UnitsPerEm };
        font = new HbFont(face);
        font.SetScale(Scale, Scale);
        font.SetFunctionsOpenType();
        _fonts.Add(typeface, font);
        return font;
    }

    private sealed record ShapedRun(HbBuffer Buffer, ushort[] Glyphs, SKPoint[] Positions, uint[] Clusters, byte[] Utf8, float Width) : IDisposable
    {
        public void Dispose() => Buffer.Dispose();
    }
}
