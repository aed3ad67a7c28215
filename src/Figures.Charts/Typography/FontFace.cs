using SkiaSharp;

namespace Figures.Charts;

/// <summary>One loaded font file. Loaded once per process, so a PDF embeds each face once however often it is used.</summary>
public sealed class FontFace
{
    internal FontFace(SKTypeface typeface, string path, bool emboldened)
    {
        Typeface = typeface;
        Path = path;
        Emboldened = emboldened;
    }

    /// <summary>The Skia typeface.</summary>
    public SKTypeface Typeface { get; }
    /// <summary>The file it was loaded from.</summary>
    public string Path { get; }
    /// <summary>Whether bold is drawn by emboldening a regular face (no bold file was found).</summary>
    public bool Emboldened { get; }

    /// <summary>An <see cref="SKFont"/> of this face at a size in points (the caller disposes it).</summary>
    public SKFont Font(float size) => new(Typeface, size)
    {
        Embolden = Emboldened,
        Subpixel = true,
        Edging = SKFontEdging.Antialias,
        // Hinting bends outlines to whole pixels: glyph widths would then depend on the size in pixels,
        // and a line measured for the PDF would not fit the same line in a PNG preview.
        Hinting = SKFontHinting.None,
    };
}
