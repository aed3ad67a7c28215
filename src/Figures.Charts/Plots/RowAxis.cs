using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// The rows of a sources or bars chart: a category axis whose labels are wrapped (never cut) to a column at
/// most <see cref="MaxShare"/> of the chart wide, with each row as tall as its label needs.
/// </summary>
internal sealed class RowAxis
{
    /// <summary>The widest share of the chart the row labels may take.</summary>
    public const float MaxShare = 0.42f;

    private RowAxis(IReadOnlyList<string> labels, float[] heights, float labelWidth, float lineHeight)
    {
        Labels = labels;
        Heights = heights;
        LabelWidth = labelWidth;
        LineHeight = lineHeight;
    }

    /// <summary>The wrapped labels, lines joined with a line break.</summary>
    public IReadOnlyList<string> Labels { get; }
    /// <summary>Each row's height in points.</summary>
    public float[] Heights { get; }
    /// <summary>The widest label line in points.</summary>
    public float LabelWidth { get; }
    /// <summary>One label line's height.</summary>
    public float LineHeight { get; }
    /// <summary>All rows' height.</summary>
    public float Total => Heights.Sum();

    /// <summary>Wraps the labels to fit <paramref name="maxWidth"/>, each row at least <paramref name="minRow"/> tall.</summary>
    public static RowAxis Create(IReadOnlyList<string> labels, SKFont font, float maxWidth, float minRow)
    {
        var lineHeight = font.Size * 1.2f;
        var wrapped = new List<string>(labels.Count);
        var heights = new float[labels.Count];
        var widest = 0f;
        for (var i = 0; i < labels.Count; i++)
        {
            var lines = WordWrap.Lines(labels[i], maxWidth, s => PlotKit.LabelWidth(s, font));
            foreach (var line in lines) widest = Math.Max(widest, PlotKit.LabelWidth(line, font));
            wrapped.Add(string.Join('\n', lines));
            heights[i] = Math.Max(minRow, lines.Count * lineHeight + 3);
        }
        return new RowAxis(wrapped, heights, widest, lineHeight);
    }

    /// <summary>
    /// The plot coordinate of each row's centre when the rows fill <paramref name="height"/> points, top row
    /// first; the axis runs from 0 (bottom) to <paramref name="height"/>, so one unit is one point.
    /// </summary>
    public double[] Centres(float height)
    {
        var scale = height / Total;
        var centres = new double[Heights.Length];
        var y = (double)height;
        for (var i = 0; i < Heights.Length; i++)
        {
            centres[i] = y - Heights[i] * scale / 2;
            y -= Heights[i] * scale;
        }
        return centres;
    }

    /// <summary>The tick generator naming each row.</summary>
    public ITickGenerator Ticks(double[] centres)
    {
        var ticks = new NumericManual();
        for (var i = 0; i < centres.Length; i++) ticks.AddMajor(centres[i], Labels[i]);
        return ticks;
    }
}
