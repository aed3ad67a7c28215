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

    public static void Register(FontSet fonts)
    {
        var alias = Aliases.GetOrAdd(fonts, _ => $"Figures Font {Interlocked.Increment(ref _count)}");
        fonts.Alias = alias;
        ByAlias[alias] = fonts;
        lock (Gate)
        {
            if (_installed) return;
            Fonts.FontResolvers.Insert(0, new ScottPlotFonts());
            _installed = true;
        }
    }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        ByAlias.TryGetValue(fontName, out var fonts) ? fonts.Of(bold).Typeface : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        ByAlias.TryGetValue(fontName, out var fonts) ? fonts.Of(weight >= FontWeight.SemiBold).Typeface : null;
}
