using SkiaSharp;

namespace Figures.Charts;

/// <summary>Maps plot coordinates to points inside a plot's data area, for label placement.</summary>
internal readonly record struct PlotMap(SKRect Data, double XMin, double XMax, double YMin, double YMax)
{
    public float X(double x) => (float)(Data.Left + (x - XMin) / (XMax - XMin) * Data.Width);
    public float Y(double y) => (float)(Data.Bottom - (y - YMin) / (YMax - YMin) * Data.Height);
    public double DataX(float x) => XMin + (x - Data.Left) / Data.Width * (XMax - XMin);
    public double DataY(float y) => YMin + (Data.Bottom - y) / Data.Height * (YMax - YMin);
}
