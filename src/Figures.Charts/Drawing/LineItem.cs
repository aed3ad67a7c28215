namespace Figures.Charts;

/// <summary>A straight line; <see cref="Dash"/> is the dash length (0 for solid).</summary>
public sealed record LineItem(double X1, double Y1, double X2, double Y2, ChartColor Stroke, double StrokeWidth, double Dash = 0) : ChartItem;
