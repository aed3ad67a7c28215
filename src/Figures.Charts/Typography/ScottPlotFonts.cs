using System.Collections.Concurrent;
using ScottPlot;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// Hands our resolved faces to ScottPlot. ScottPlot looks fonts up by family name through a global list of
/// resolvers; each <see cref="FontSet"/> gets a private alias that only this resolver answers, so ScottPlot
/// draws with exactly the typeface instances the brief uses (and a PDF embeds each face once).
/// </summary>
internal sealed class ScottPlotFonts : IFontResolver
{
    private static readonly ConcurrentDictionary<string, FontSet> ByAlias = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<FontSet, string> Aliases = new();
    private static readonly Lock Gate = new();
    private static bool _installed;
    private static int _count;

    /// <summary>The private family name of <paramref name="fonts"/>, registered with ScottPlot on first use.</summary>
    public static string Register(FontSet fonts)
    {
        if (Aliases.TryGetValue(fonts, out var known)) return known;
        lock (Gate)
        {
            if (!_installed)
            {
                Fonts.FontResolvers.Insert(0, new ScottPlotFonts());
                _installed = true;
            }
            if (Aliases.TryGetValue(fonts, out known)) return known;
            // Known to the resolver before any chart can ask for it by name.
            var alias = $"Figures Font {++_count}";
            ByAlias[alias] = fonts;
            Aliases[fonts] = alias;
            return alias;
        }
    }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        ByAlias.TryGetValue(fontName, out var fonts) ? fonts.Of(bold).Typeface : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        ByAlias.TryGetValue(fontName, out var fonts) ? fonts.Of(weight >= FontWeight.SemiBold).Typeface : null;
}
