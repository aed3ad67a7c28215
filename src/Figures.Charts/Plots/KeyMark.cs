using Figures.Core.Model;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>The mark a legend entry shows.</summary>
internal enum KeyMark
{
    /// <summary>A filled dot (a figure as of a date, or a metric's colour).</summary>
    Dot,
    /// <summary>A hollow dot (a projection).</summary>
    Hollow,
    /// <summary>A thick horizontal bar (a figure over a period, or a bar of a bars chart).</summary>
    Bar,
    /// <summary>A thin line with end caps (a range a source gave).</summary>
    Range,
}
