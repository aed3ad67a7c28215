namespace Figures.Charts;

/// <summary>A circle, filled and/or outlined (a null colour is not drawn).</summary>
public sealed record CircleItem(double CenterX, double CenterY, double Radius, ChartColor? Fill, ChartColor? Stroke = null, double StrokeWidth = 0) : ChartItem;
