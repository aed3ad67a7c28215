namespace Figures.Charts;

/// <summary>An axis-aligned rectangle in points, for layout and collision tests.</summary>
public readonly record struct Box(double Left, double Top, double Right, double Bottom)
{
    /// <summary>Width.</summary>
    public double Width => Right - Left;
    /// <summary>Height.</summary>
    public double Height => Bottom - Top;

    /// <summary>Whether two boxes overlap (touching edges do not).</summary>
    public bool Overlaps(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    /// <summary>Whether this box lies wholly inside another.</summary>
    public bool Inside(Box other) => Left >= other.Left && Right <= other.Right && Top >= other.Top && Bottom <= other.Bottom;

    /// <summary>The box grown by a margin on every side.</summary>
    public Box Inflate(double margin) => new(Left - margin, Top - margin, Right + margin, Bottom + margin);

    /// <summary>The box around a text line anchored at (x, baseline y).</summary>
    public static Box OfText(string text, double x, double y, double size, TextAnchor anchor, TextWeight weight = TextWeight.Normal)
    {
        var width = TextMetrics.Width(text, size, weight);
        var left = anchor switch { TextAnchor.Middle => x - width / 2, TextAnchor.End => x - width, _ => x };
        return new Box(left, y - TextMetrics.Ascent(size), left + width, y + TextMetrics.Descent(size));
    }
}
