namespace Figures.Charts;

/// <summary>Where one entry of a right-to-left legend goes: its symbol's box, and its label's left end, width and baseline.</summary>
internal sealed record LegendItemSpot(LegendKey Key, SkiaSharp.SKRect Symbol, float TextX, float TextWidth, float Baseline);
