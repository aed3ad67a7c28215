using Figures.Core.Model;

namespace Figures.Charts;

/// <summary>
/// The Okabe–Ito colour-blind-safe palette, with one fixed colour per metric so the same metric
/// looks the same in every chart of a report.
/// </summary>
public static class Palette
{
    /// <summary>Okabe–Ito blue.</summary>
    public static ChartColor Blue { get; } = ChartColor.FromHex("#0072b2");
    /// <summary>Okabe–Ito orange.</summary>
    public static ChartColor Orange { get; } = ChartColor.FromHex("#e69f00");
    /// <summary>Okabe–Ito bluish green.</summary>
    public static ChartColor BluishGreen { get; } = ChartColor.FromHex("#009e73");
    /// <summary>Okabe–Ito vermillion.</summary>
    public static ChartColor Vermillion { get; } = ChartColor.FromHex("#d55e00");
    /// <summary>Okabe–Ito reddish purple.</summary>
    public static ChartColor ReddishPurple { get; } = ChartColor.FromHex("#cc79a7");
    /// <summary>Okabe–Ito sky blue.</summary>
    public static ChartColor SkyBlue { get; } = ChartColor.FromHex("#56b4e9");
    /// <summary>Okabe–Ito black, softened to a dark grey.</summary>
    public static ChartColor Black { get; } = ChartColor.FromHex("#333333");

    /// <summary>The colour a metric is drawn in.</summary>
    public static ChartColor Of(Metric metric) => metric switch
    {
        Metric.Population => Blue,
        Metric.Idps => Orange,
        Metric.Displaced => Vermillion,
        Metric.AtRisk => ReddishPurple,
        Metric.Killed => Black,
        Metric.LocalitiesAttacked => BluishGreen,
        _ => SkyBlue,
    };
}
