using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Charts;

/// <summary>The words charts use for metrics, units, figures and sources.</summary>
internal static class ChartWording
{
    /// <summary>The caveat every chart carries.</summary>
    public const string Caveat = "Figures as reported by sources, not independently verified.";

    /// <summary>A metric's name in a sentence: "IDPs", "newly displaced".</summary>
    public static string Metric(Metric metric) => metric switch
    {
        Core.Model.Metric.Population => "population",
        Core.Model.Metric.Idps => "IDPs",
        Core.Model.Metric.Displaced => "newly displaced",
        Core.Model.Metric.AtRisk => "at risk of displacement",
        Core.Model.Metric.Killed => "killed",
        Core.Model.Metric.LocalitiesAttacked => "localities attacked",
        _ => "combatants",
    };

    /// <summary>A metric's name at the start of a label: "Population", "IDPs".</summary>
    public static string MetricTitle(Metric metric)
    {
        var name = Metric(metric);
        return name == "IDPs" ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>A unit's axis heading.</summary>
    public static string Unit(Unit unit) => unit switch
    {
        Core.Model.Unit.People => "People",
        Core.Model.Unit.Households => "Households",
        Core.Model.Unit.Localities => "Localities",
        _ => "Percent",
    };

    /// <summary>A tick label in a unit: "700k", "50%".</summary>
    public static string Tick(double value, Unit unit) =>
        NumberWording.CompactNumber((decimal)value) + (unit == Core.Model.Unit.Percent ? "%" : "");

    /// <summary>A figure in a footnote list: "IDL-0006 (IDPs, 50%)".</summary>
    public static string Entry(Figure figure) => $"{figure.Id} ({Metric(figure.Metric)}, {NumberWording.Compact(figure)})";

    /// <summary>The caption: the caveat and the publishers, each with its count of figures.</summary>
    public static Footnote Caption(IReadOnlyList<Figure> figures)
    {
        var publishers = figures
            .GroupBy(f => f.Publisher.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => (Name: g.Key.Length == 0 ? "publisher not stated" : g.First().Publisher.Trim(), Count: g.Count(), Stated: g.Key.Length > 0))
            .OrderByDescending(p => p.Stated).ThenByDescending(p => p.Count).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var entries = new LazyList<string>(publishers.Count, i => $"{publishers[i].Name} ({publishers[i].Count} {(publishers[i].Count == 1 ? "figure" : "figures")})");
        return new Footnote(Caveat + " Sources:", entries);
    }

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
