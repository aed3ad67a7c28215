using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Charts;

/// <summary>The words charts use for metrics, units, figures and sources.</summary>
internal static class ChartWording
{
    /// <summary>A metric's name in a sentence: "IDPs", "newly displaced".</summary>
    public static string Metric(Metric metric) => MetricWording.Name(metric);

    /// <summary>A metric's name at the start of a label: "Population", "IDPs".</summary>
    public static string MetricTitle(Metric metric) => MetricWording.Title(metric);

    /// <summary>A unit's axis heading.</summary>
    public static string Unit(Unit unit) => unit switch
    {
        Core.Model.Unit.People => "People",
        Core.Model.Unit.Households => "Households",
        Core.Model.Unit.Localities => "Localities",
        Core.Model.Unit.Facilities => "Facilities",
        Core.Model.Unit.Attacks => "Attacks",
        _ => "Percent",
    };

    /// <summary>The admin1 all figures share, or null.</summary>
    public static string? SharedArea(IReadOnlyList<Figure> figures)
    {
        var first = figures[0].Admin1;
        if (first.Length == 0) return null;
        for (var i = 1; i < figures.Count; i++)
        {
            if (!string.Equals(figures[i].Admin1, first, StringComparison.OrdinalIgnoreCase)) return null;
        }
        return first;
    }
}
