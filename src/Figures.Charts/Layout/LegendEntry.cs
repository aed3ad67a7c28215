namespace Figures.Charts;

/// <summary>One legend entry: a sample mark and its meaning.</summary>
internal sealed record LegendEntry(string Text, LegendSwatch Swatch, ChartColor Color);
