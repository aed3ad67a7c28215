namespace Figures.Charts;

/// <summary>Where a value label went: its anchor point, anchor and the box it covers.</summary>
internal sealed record PlacedLabel(double X, double Y, TextAnchor Anchor, Box Box);
