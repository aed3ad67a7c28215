namespace Figures.Charts;

/// <summary>Everything around the plot: title, subtitle, legend, footnotes and source caption.</summary>
internal sealed record FrameContent(string Title, string Subtitle, IReadOnlyList<LegendEntry> Legend, IReadOnlyList<Footnote> Footnotes, Footnote Caption);
