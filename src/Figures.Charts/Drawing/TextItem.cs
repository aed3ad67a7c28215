namespace Figures.Charts;

/// <summary>One line of text; (<see cref="X"/>, <see cref="Y"/>) is the anchor point on the baseline.</summary>
public sealed record TextItem(double X, double Y, string Text, double Size, ChartColor Color, TextAnchor Anchor = TextAnchor.Start, TextWeight Weight = TextWeight.Normal) : ChartItem;
