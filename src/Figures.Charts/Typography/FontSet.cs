namespace Figures.Charts;

/// <summary>The regular and bold faces that every text of a chart or brief is drawn in, and where they came from.</summary>
public sealed class FontSet
{
    internal FontSet(FontFace regular, FontFace bold, string origin)
    {
        Regular = regular;
        Bold = bold;
        Origin = origin;
    }

    /// <summary>Running text, labels, ticks.</summary>
    public FontFace Regular { get; }
    /// <summary>Titles, headings, emphasis.</summary>
    public FontFace Bold { get; }
    /// <summary>How the fonts were found, for messages and the method note: "--font", "definition", or "system: DejaVu Sans".</summary>
    public string Origin { get; }

    /// <summary>
    /// The family name the charts ask ScottPlot for; <see cref="ScottPlotFonts"/> maps it back to these faces. Made at
    /// the first chart, because ScottPlot's first use scans every system font (about 80 ms here): a command that
    /// draws no chart never pays for it, and the brief pays for it on its warm-up thread.
    /// </summary>
    internal string Alias => ScottPlotFonts.Register(this);

    /// <summary>
    /// The same faces cut down to <paramref name="text"/>'s characters plus the Latin and punctuation every
    /// label may use, so a PDF embeds a few kilobytes per face instead of whole font files. Falls back to the
    /// whole faces when a face cannot be subset.
    /// </summary>
    public FontSet Subset(IEnumerable<string> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var codepoints = new SortedSet<int>();
        foreach (var (first, last) in AlwaysKept)
        {
            for (var c = first; c <= last; c++) codepoints.Add(c);
        }
        foreach (var piece in text)
        {
            foreach (var rune in piece.EnumerateRunes()) codepoints.Add(rune.Value);
        }
        var regular = FontSubsetter.Subset(Regular.Typeface, codepoints);
        var bold = Bold.Typeface == Regular.Typeface ? regular : FontSubsetter.Subset(Bold.Typeface, codepoints);
        if (regular is null || bold is null) return this;
        return new FontSet(new FontFace(regular, Regular.Path, Regular.Emboldened), new FontFace(bold, Bold.Path, Bold.Emboldened), Origin);
    }

    // Basic Latin, Latin-1, Latin Extended-A, general punctuation, minus, less/greater-or-equal: what our wording,
    // tick labels and number marks ("≥14", "~3M", "1–12 September") draw besides the data's own text.
    private static readonly (int First, int Last)[] AlwaysKept =
        [(0x20, 0x7E), (0xA0, 0x17F), (0x2000, 0x206F), (0x2212, 0x2212), (0x2264, 0x2265)];

    /// <summary>The face for a weight.</summary>
    public FontFace Of(bool bold) => bold ? Bold : Regular;
}
