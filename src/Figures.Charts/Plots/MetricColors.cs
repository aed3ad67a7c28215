using Figures.Core.Model;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// The Okabe–Ito colour-blind-safe palette with one fixed colour per metric, so the same metric looks the
/// same in every chart of a report.
/// </summary>
public static class MetricColors
{
    /// <summary>The colour a metric is drawn in. Okabe–Ito has eight colours; the metrics added for situation reports
    /// (issue 20) take a darker shade of the colour of the metric they stand beside, so every metric keeps a colour of its own.</summary>
    public static SKColor Of(Metric metric) => metric switch
    {
        Metric.Population => new SKColor(0x00, 0x72, 0xb2), // blue
        Metric.Idps => new SKColor(0xe6, 0x9f, 0x00), // orange
        Metric.Displaced => new SKColor(0xd5, 0x5e, 0x00), // vermillion
        Metric.AtRisk => new SKColor(0xcc, 0x79, 0xa7), // reddish purple
        Metric.Killed => new SKColor(0x33, 0x33, 0x33), // black, softened
        Metric.LocalitiesAttacked => new SKColor(0x00, 0x9e, 0x73), // bluish green
        Metric.Injured => new SKColor(0x99, 0x99, 0x99), // grey, beside killed
        Metric.InNeed => new SKColor(0xf0, 0xe4, 0x42), // yellow
        Metric.HealthAttacks => new SKColor(0x00, 0x5e, 0x45), // dark bluish green, beside localities attacked
        Metric.SchoolAttacks => new SKColor(0x8a, 0x5a, 0x00), // dark orange
        Metric.ChildrenShare => new SKColor(0x7a, 0x3d, 0x62), // dark reddish purple
        _ => new SKColor(0x56, 0xb4, 0xe9), // sky blue
    };

    /// <summary>The metric's colour for ScottPlot.</summary>
    internal static ScottPlot.Color Plot(Metric metric) => Convert(Of(metric));

    /// <summary>A Skia colour as a ScottPlot colour.</summary>
    internal static ScottPlot.Color Convert(SKColor color) => new(color.Red, color.Green, color.Blue, color.Alpha);
}
