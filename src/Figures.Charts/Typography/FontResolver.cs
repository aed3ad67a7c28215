using System.Collections.Concurrent;
using Figures.Core.Diagnostics;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// The one place fonts come from, for charts and briefs alike. An explicit request (<c>--font</c>, a
/// definition's <c>font</c>) wins; otherwise a fixed list of families is looked up in the operating
/// system's font folders, in a fixed order, so the same machine always draws with the same file.
/// Nothing is ever drawn without a usable font: with none, the command fails with exit 2.
/// </summary>
public static class FontResolver
{
    /// <summary>The largest font file read (the largest common fonts, CJK collections, are about 30 MB).</summary>
    public const long MaxFontBytes = 64L * 1024 * 1024;

    // Family, regular file, bold file: looked for in this order. DejaVu Sans first, because a fresh
    // Debian machine has it and it covers Latin, Greek, Cyrillic and Arabic.
    private static readonly (string Family, string Regular, string Bold)[] Families =
    [
        ("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        ("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
        ("Segoe UI", "segoeui.ttf", "segoeuib.ttf"),
        ("Arial", "arial.ttf", "arialbd.ttf"),
        ("Arial", "Arial.ttf", "Arial Bold.ttf"),
        ("Helvetica", "Helvetica.ttc", "Helvetica.ttc"),
    ];

    private static readonly Lazy<FontSet?> SystemArabicFonts = new(() => FindSystemFonts(CoversArabic));

    /// <summary>The letters, comma and digits an Arabic brief draws, which its font must have.</summary>
    public const string ArabicSample = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي،؛؟٠١٢٣٤٥٦٧٨٩٪٫٬";

    /// <summary>The message when no font with Arabic letters can be found.</summary>
    public const string NoArabicFontAdvice =
        "no font with Arabic letters found; the Arabic edition needs one with Arabic and Latin letters: pass --font FILE (a .ttf or .otf file), or install one (on Debian or Ubuntu: apt-get install fonts-dejavu-core)";

    private static readonly ConcurrentDictionary<string, FontFace> Loaded = new(StringComparer.Ordinal);
    private static readonly Lazy<FontSet?> SystemFonts = new(() => FindSystemFonts(null));

    /// <summary>The message when no font can be found: what to install or pass.</summary>
    public const string NoFontAdvice =
        "no usable font found; pass --font FILE (a .ttf or .otf file), or install one (on Debian or Ubuntu: apt-get install fonts-dejavu-core)";

    /// <summary>The fonts to draw with: the request's files, else the system's first listed family.</summary>
    /// <exception cref="FiguresException">A requested file is missing or not a usable font, or no font is found (exit 2).</exception>
    public static FontSet Resolve(FontRequest? request = null)
    {
        if (request is not null)
        {
            var regular = Load(request.Regular, emboldened: false);
            var bold = request.Bold is null ? Load(request.Regular, emboldened: true) : Load(request.Bold, emboldened: false);
            return new FontSet(regular, bold, $"requested: {request.Regular}");
        }
        return SystemFonts.Value ?? throw new FiguresException(NoFontAdvice);
    }

    /// <summary>
    /// The fonts of an Arabic brief: the request's files, which must have Arabic letters, else the first system family
    /// in the same fixed order whose faces have them (DejaVu Sans on Debian).
    /// </summary>
    /// <exception cref="FiguresException">A requested file is unusable or has no Arabic letters, or no system font has them (exit 2).</exception>
    public static FontSet ResolveArabic(FontRequest? request = null)
    {
        if (request is null) return SystemArabicFonts.Value ?? throw new FiguresException(NoArabicFontAdvice);
        var fonts = Resolve(request);
        foreach (var face in new[] { fonts.Regular, fonts.Bold })
        {
            if (!Covers(face, ArabicSample))
                throw new FiguresException($"font '{face.Path}' has no Arabic letters; the Arabic edition needs a font with Arabic and Latin letters: pass another with --font, or install one (on Debian or Ubuntu: apt-get install fonts-dejavu-core)");
        }
        return fonts;
    }

    private static bool CoversArabic(FontSet fonts) => Covers(fonts.Regular, ArabicSample) && Covers(fonts.Bold, ArabicSample);

    private static bool Covers(FontFace face, string text) => Array.IndexOf(face.Typeface.GetGlyphs(text), (ushort)0) < 0;

    /// <summary>The folders searched for system fonts, in order.</summary>
    public static IReadOnlyList<string> SystemFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
            return [Environment.GetFolderPath(Environment.SpecialFolder.Fonts), Path.Combine(home, "AppData", "Local", "Microsoft", "Windows", "Fonts")];
        if (OperatingSystem.IsMacOS())
            return ["/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts", Path.Combine(home, "Library", "Fonts")];
        return ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".local", "share", "fonts"), Path.Combine(home, ".fonts")];
    }

    // The first listed family found, or the first that <paramref name="usable"/> accepts.
    private static FontSet? FindSystemFonts(Func<FontSet, bool>? usable)
    {
        var byName = IndexFolders(SystemFolders());
        foreach (var (family, regularName, boldName) in Families)
        {
            if (!byName.TryGetValue(regularName, out var regularPath)) continue;
            try
            {
                var regular = Load(regularPath, emboldened: false);
                var bold = byName.TryGetValue(boldName, out var boldPath) && boldPath != regularPath
                    ? Load(boldPath, emboldened: false)
                    : Load(regularPath, emboldened: true);
                var fonts = new FontSet(regular, bold, $"system: {family} ({regularPath})");
                if (usable is null || usable(fonts)) return fonts;
            }
            catch (FiguresException)
            {
                // A broken system font is skipped; the next family is tried.
            }
        }
        return null;
    }

    // File name to path, the first in folder order and then in ordinal path order, so the choice is stable.
    private static Dictionary<string, string> IndexFolders(IReadOnlyList<string> folders)
    {
        var comparer = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        var byName = new Dictionary<string, string>(comparer);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 6 };
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder)) continue;
            var files = Directory.EnumerateFiles(folder, "*", options).ToList();
            files.Sort(StringComparer.Ordinal);
            foreach (var file in files) byName.TryAdd(Path.GetFileName(file), file);
        }
        return byName;
    }

    private static FontFace Load(string path, bool emboldened)
    {
        var full = Path.GetFullPath(path);
        var key = (emboldened ? "b:" : "r:") + full;
        if (Loaded.TryGetValue(key, out var face)) return face;
        var typeface = Loaded.TryGetValue("r:" + full, out var plain) ? plain.Typeface : ReadTypeface(path, full);
        return Loaded.GetOrAdd(key, new FontFace(typeface, full, emboldened));
    }

    private static SKTypeface ReadTypeface(string path, string full)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(full);
            if (!info.Exists) throw new FiguresException($"font '{path}' does not exist");
            if (info.Length > MaxFontBytes)
                throw new FiguresException($"font '{path}' is larger than {MaxFontBytes / (1024 * 1024)} MB; it is not a font this tool can use");
            bytes = ReadBounded(full, MaxFontBytes);
        }
        catch (IOException e)
        {
            throw new FiguresException($"font '{path}' cannot be read: {e.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            throw new FiguresException($"font '{path}' cannot be read: permission denied");
        }
        using var data = SKData.CreateCopy(bytes);
        var typeface = SKTypeface.FromData(data)
            ?? throw new FiguresException($"font '{path}' is not a TrueType or OpenType font");
        // A cut or damaged file can still open; one that cannot map digits and Latin letters to glyphs would
        // draw blanks, which is worse than failing.
        var glyphs = typeface.GetGlyphs("0123456789 AaEeOo%,.");
        if (glyphs.Length == 0 || Array.IndexOf(glyphs, (ushort)0) >= 0 || typeface.GlyphCount < 20)
            throw new FiguresException($"font '{path}' has no glyphs for digits and Latin letters; choose another font with --font");
        return typeface;
    }

    // Reads at most limit bytes, so a device or a growing file cannot exhaust memory.
    private static byte[] ReadBounded(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
                throw new FiguresException($"font '{path}' is larger than {limit / (1024 * 1024)} MB; it is not a font this tool can use");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
