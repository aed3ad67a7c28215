using Figures.Core.Model;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// The Okabe–Ito colour-blind-safe palette with one fixed colour per metric, so the same metric looks the
/// same in every chart of a report.
/// </summary>
public static class MetricColors
{
    /// <summary>The colour a metric is drawn in. Okabe–Ito has eight colours, all taken; the metrics added for situation
    /// reports (issue 20) take colours of Paul Tol's muted scheme, also colour-blind-safe, and none is the neutral grey of the
    /// chart keys.</summary>
    public static SKColor Of(Metric metric) => metric switch
    {
        Metric.Population => new SKColor(0x00, 0x72, 0xb2), // blue
        Metric.Idps => new SKColor(0xe6, 0x9f, 0x00), // orange
        Metric.Displaced => new SKColor(0xd5, 0x5e, 0x00), // vermillion
        Metric.AtRisk => new SKColor(0xcc, 0x79, 0xa7), // reddish purple
        Metric.Killed => new SKColor(0x33, 0x33, 0x33), // black, softened
        Metric.LocalitiesAttacked => new SKColor(0x00, 0x9e, 0x73), // bluish green
        Metric.Injured => new SKColor(0xcc, 0x66, 0x77), // rose (Tol muted)
        Metric.InNeed => new SKColor(0x33, 0x22, 0x88), // indigo (Tol muted)
        Metric.HealthAttacks => new SKColor(0x44, 0xaa, 0x99), // teal (Tol muted)
        Metric.SchoolAttacks => new SKColor(0x99, 0x99, 0x33), // olive (Tol muted)
        Metric.ChildrenShare => new SKColor(0x88, 0x22, 0x55), // wine (Tol muted)
        _ => new SKColor(0x56, 0xb4, 0xe9), // sky blue
    };

    /// <summary>The metric's colour for ScottPlot.</summary>
    internal static ScottPlot.Color Plot(Metric metric) => Convert(Of(metric));

    /// <summary>A Skia colour as a ScottPlot colour.</summary>
    internal static ScottPlot.Color Convert(SKColor color) => new(color.Red, color.Green, color.Blue, color.Alpha);
}
