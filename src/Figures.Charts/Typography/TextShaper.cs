using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Figures.Charts;

/// <summary>
/// Measures and draws text shaped by HarfBuzz, so any script the font covers is drawn with its ligatures,
/// kerning and joined letters, and a line is measured exactly as it is drawn.
/// </summary>
public static class TextShaper
{
    // A shaper holds a HarfBuzz font and buffer, which are not safe to share between threads.
    [ThreadStatic] private static Dictionary<SKTypeface, SKShaper>? _shapers;

    /// <summary>The advance width of <paramref name="text"/> in <paramref name="font"/>, in points.</summary>
    public static float Width(string text, SKFont font)
    {
        if (text.Length == 0) return 0;
        return Shaper(font.Typeface).Shape(text, font).Width;
    }

    /// <summary>Draws <paramref name="text"/> with its baseline's left end at (x, y).</summary>
    public static void Draw(SKCanvas canvas, string text, float x, float y, SKFont font, SKPaint paint)
    {
        if (text.Length == 0) return;
        canvas.DrawShapedText(Shaper(font.Typeface), text, x, y, font, paint);
    }

    private static SKShaper Shaper(SKTypeface typeface)
    {
        _shapers ??= new Dictionary<SKTypeface, SKShaper>(ReferenceEqualityComparer.Instance);
        if (!_shapers.TryGetValue(typeface, out var shaper))
        {
            shaper = new SKShaper(typeface);
            _shapers.Add(typeface, shaper);
        }
        return shaper;
    }
}
