namespace Figures.Charts;

/// <summary>
/// A linear value scale whose ends and ticks are "nice" numbers (1, 2, 2.5 or 5 times a power of ten),
/// so axis labels read 0, 10k, 20k, 30k, 40k rather than 0, 7,700, 15,400.
/// </summary>
public sealed record NiceScale(double Min, double Max, double Step, IReadOnlyList<double> Ticks)
{
    private static readonly double[] Multiples = [1, 2, 2.5, 5, 10];

    /// <summary>
    /// The scale covering [<paramref name="dataMin"/>, <paramref name="dataMax"/>] with at most
    /// <paramref name="maxTicks"/> ticks; counts include zero, and a scale of counts never steps below 1.
    /// </summary>
    public static NiceScale Create(double dataMin, double dataMax, int maxTicks = 6, bool includeZero = true, bool wholeSteps = false)
    {
        if (double.IsNaN(dataMin) || double.IsNaN(dataMax) || double.IsInfinity(dataMin) || double.IsInfinity(dataMax))
            throw new ArgumentOutOfRangeException(nameof(dataMin), "scale bounds must be finite");
        var low = Math.Min(dataMin, dataMax);
        var high = Math.Max(dataMin, dataMax);
        if (includeZero)
        {
            low = Math.Min(low, 0);
            high = Math.Max(high, 0);
        }
        if (high == low)
        {
            if (high == 0) high = 1;
            else
            {
                var half = Math.Abs(high) * 0.1;
                low -= half;
                high += half;
            }
        }
        var intervals = Math.Max(1, maxTicks - 1);
        var step = NiceStep((high - low) / intervals);
        if (wholeSteps && step < 1) step = 1;
        var min = Math.Floor(low / step + 1e-9) * step;
        var max = Math.Ceiling(high / step - 1e-9) * step;
        while ((max - min) / step > intervals + 1e-9)
        {
            // Rounding both ends outwards can add an interval: take the next nice step.
            step = NiceStep(step * 1.0001);
            min = Math.Floor(low / step + 1e-9) * step;
            max = Math.Ceiling(high / step - 1e-9) * step;
        }
        var count = (int)Math.Round((max - min) / step) + 1;
        var ticks = new double[count];
        for (var i = 0; i < count; i++) ticks[i] = Clean(min + i * step, step);
        return new NiceScale(Clean(min, step), Clean(max, step), step, ticks);
    }

    /// <summary>The position of a value between two pixel coordinates (start maps <see cref="Min"/>).</summary>
    public double Map(double value, double start, double end) => start + (value - Min) / (Max - Min) * (end - start);

    private static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var multiple in Multiples)
        {
            if (multiple * magnitude >= raw * (1 - 1e-9)) return multiple * magnitude;
        }
        return 10 * magnitude;
    }

    // 0.1 + 0.2 style noise would print as 0.30000000000000004.
    private static double Clean(double value, double step)
    {
        var digits = Math.Clamp(3 - (int)Math.Floor(Math.Log10(step)), 0, 15);
        return Math.Round(value, digits);
    }
}
