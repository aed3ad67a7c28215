namespace Figures.Charts;

/// <summary>
/// Collects drawing instructions in painting order. A canvas that does not record takes the same calls
/// and keeps nothing: a layout pass that only finds out what fits need not build thousands of items.
/// </summary>
internal sealed class ChartCanvas(bool recording = true)
{
    public List<ChartItem> Items { get; } = [];

    public void Line(double x1, double y1, double x2, double y2, ChartColor stroke, double width, double dash = 0)
    {
        if (recording) Items.Add(new LineItem(x1, y1, x2, y2, stroke, width, dash));
    }

    public void Rect(double x, double y, double width, double height, ChartColor? fill, ChartColor? stroke = null, double strokeWidth = 0)
    {
        if (recording) Items.Add(new RectItem(x, y, width, height, fill, stroke, strokeWidth));
    }

    public void Circle(double x, double y, double radius, ChartColor? fill, ChartColor? stroke = null, double strokeWidth = 0)
    {
        if (recording) Items.Add(new CircleItem(x, y, radius, fill, stroke, strokeWidth));
    }

    public void Text(double x, double y, string text, double size, ChartColor color, TextAnchor anchor = TextAnchor.Start, TextWeight weight = TextWeight.Normal)
    {
        if (recording) Items.Add(new TextItem(x, y, text, size, color, anchor, weight));
    }
}
