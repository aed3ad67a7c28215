using Figures.Core.Model;
using Figures.Core.Wording;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Figures.Charts;

/// <summary>
/// A value axis: linear from zero, or log when the values span more than <see cref="Magnitude.MaxLinearRatio"/>.
/// Maps values to plot coordinates (log10 on a log axis), keeps headroom above the largest mark, and gives
/// ScottPlot tick labels written by our invariant formatter, never by the current culture.
/// </summary>
internal sealed class ValueAxis
{
    private ValueAxis(Unit unit, bool log, double min, double max, Words words)
    {
        Words = words;
        Unit = unit;
        Log = log;
        Min = min;
        Max = max;
    }

    /// <summary>The language and digits of the tick labels.</summary>
    public Words Words { get; }
    /// <summary>The unit of every value on the axis.</summary>
    public Unit Unit { get; }
    /// <summary>Whether the axis is logarithmic.</summary>
    public bool Log { get; }
    /// <summary>The lower limit in plot coordinates.</summary>
    public double Min { get; }
    /// <summary>The upper limit in plot coordinates.</summary>
    public double Max { get; }

    /// <summary>
    /// The axis for <paramref name="values"/> (every value and range end), <paramref name="length"/> points long,
    /// with the largest mark at least <paramref name="headroom"/> points from the far end.
    /// </summary>
    public static ValueAxis For(IReadOnlyList<double> values, Unit unit, float length, float headroom, bool allowLog, Words? words = null)
    {
        words ??= Words.English;
        var largest = values.Count == 0 ? 1 : values.Max();
        var smallest = values.Where(v => v > 0).DefaultIfEmpty(largest).Min();
        if (largest <= 0) largest = 1;
        var share = Math.Clamp(headroom / Math.Max(length, 1f), 0.02, 0.35);
        if (allowLog && Magnitude.NeedsLog(smallest, largest))
        {
            var low = Math.Log10(smallest) - 0.25;
            var top = Math.Log10(largest);
            // Headroom never reaches beyond half a decade, so a short axis does not run up to a value no one reported.
            return new ValueAxis(unit, true, low, top + Math.Min(0.75, (top - low) * share / (1 - share)), words);
        }
        return new ValueAxis(unit, false, 0, largest / (1 - share), words);
    }

    /// <summary>A value in plot coordinates (values at or below zero sit at the bottom of a log axis).</summary>
    public double ToPlot(double value) => Log ? (value > 0 ? Math.Max(Math.Log10(value), Min) : Min) : value;

    /// <summary>The tick label for a plot coordinate.</summary>
    public string Label(double position) => ChartWords.Tick(Log ? Math.Pow(10, position) : position, Unit, Words);

    /// <summary>The widest tick label this axis can show, to reserve room for it.</summary>
    public IEnumerable<string> SampleLabels() =>
        Log ? Enumerable.Range((int)Math.Ceiling(Min), Math.Max(1, (int)Math.Floor(Max) - (int)Math.Ceiling(Min) + 1)).Select(k => Label(k))
            : new[] { Label(Max), Label(Max * 0.55), Label(Max * 0.35), Label(Max * 0.15) };

    private static double NiceStep(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }

    /// <summary>The tick generator for ScottPlot.</summary>
    public ITickGenerator Ticks(float length, bool horizontal = false)
    {
        // Labels side by side need their width between them; stacked ones, their height.
        var spacing = horizontal ? SampleLabels().Max(l => l.Length) * 4.5f + 10 : 16;
        var ticks = new NumericManual();
        if (!Log)
        {
            // A 1, 2 or 5 step with labels far enough apart (a short axis still gets zero and one more).
            var step = NiceStep(Max / Math.Max(2, Math.Floor(length / spacing)));
            if (Unit != Unit.Percent) step = Math.Max(step, 1);
            for (var i = 0; i * step <= Max + 1e-9; i++) ticks.AddMajor(i * step, Label(i * step));
            return ticks;
        }
        var decades = Max - Min;
        // With few decades, 2 and 5 carry labels too, so a short axis still has readable landmarks.
        // Every decade is labelled when there are 14 points per decade; otherwise every other one.
        var labelled = decades <= 2.2 && length > 4 * spacing ? new[] { 1, 2, 5 } : length / decades >= spacing - 2 ? new[] { 1 } : [];
        for (var k = (int)Math.Floor(Min); k <= (int)Math.Ceiling(Max); k++)
        {
            for (var m = 1; m <= 9; m++)
            {
                var position = k + Math.Log10(m);
                if (position < Min - 1e-9 || position > Max + 1e-9) continue;
                var major = m == 1 && (labelled.Length > 0 || k % 2 == 0) || labelled.Contains(m);
                if (major) ticks.AddMajor(position, Label(position));
                else if (m == 1) ticks.AddMinor(position);
            }
        }
        return ticks;
    }
}
