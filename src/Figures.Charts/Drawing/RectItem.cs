namespace Figures.Charts;

/// <summary>A rectangle, filled and/or outlined (a null colour is not drawn).</summary>
public sealed record RectItem(double X, double Y, double Width, double Height, ChartColor? Fill, ChartColor? Stroke = null, double StrokeWidth = 0) : ChartItem;
