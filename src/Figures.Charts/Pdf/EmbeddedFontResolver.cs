using System.Collections.Concurrent;
using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace Figures.Charts.Pdf;

/// <summary>
/// Resolves every font request to fonts that ship inside the program: the Segoe WP family bundled
/// with PDFsharp by default, or a family registered from font files (the brief's font override).
/// No system fonts are read, so the same input gives the same PDF on every machine.
/// Unknown families fall back to the default family rather than failing.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    /// <summary>The family used when nothing else is asked for.</summary>
    public const string DefaultFamily = "Segoe WP";

    private readonly ConcurrentDictionary<string, FontFaces> _families = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    /// <summary>Creates the resolver with the Segoe WP family registered.</summary>
    public EmbeddedFontResolver()
    {
        Register(DefaultFamily, FontDataHelper.SegoeWP, FontDataHelper.SegoeWPBold);
        Register("Segoe WP Semibold", FontDataHelper.SegoeWPSemibold, FontDataHelper.SegoeWPBlack);
        Register("Segoe WP Light", FontDataHelper.SegoeWPLight, FontDataHelper.SegoeWPSemibold);
    }

    /// <summary>Registers a family from font data; a missing bold face is simulated.</summary>
    public void Register(string family, byte[] regular, byte[]? bold = null)
    {
        _families[family] = new FontFaces(regular, bold);
        _faces[FaceName(family, false)] = regular;
        if (bold is not null) _faces[FaceName(family, true)] = bold;
    }

    /// <summary>Whether a family is registered (otherwise requests fall back to <see cref="DefaultFamily"/>).</summary>
    public bool IsRegistered(string family) => _families.ContainsKey(family);

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var family = _families.ContainsKey(familyName) ? familyName : DefaultFamily;
        var hasBold = _families[family].Bold is not null;
        var face = FaceName(family, bold && hasBold);
        // Segoe WP has no italic faces: PDFsharp slants the upright face instead.
        return new FontResolverInfo(face, mustSimulateBold: bold && !hasBold, mustSimulateItalic: italic);
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var data) ? data : null;

    private static string FaceName(string family, bool bold) => bold ? $"{family}#bold" : $"{family}#regular";

    // A class, not a tuple: the dictionary then runs the runtime's precompiled code for reference types.
    private sealed record FontFaces(byte[] Regular, byte[]? Bold);
}
