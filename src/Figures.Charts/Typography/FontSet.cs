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

    /// <summary>The family name the charts ask ScottPlot for; <see cref="ScottPlotFonts"/> maps it back to these faces.</summary>
    internal string Alias { get; set; } = "";

    /// <summary>The face for a weight.</summary>
    public FontFace Of(bool bold) => bold ? Bold : Regular;
}
