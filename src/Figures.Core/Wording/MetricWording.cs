using Figures.Core.Model;

namespace Figures.Core.Wording;

/// <summary>The one place metrics are named for reading: in a sentence, at the start of a label, as a heading.</summary>
public static class MetricWording
{
    /// <summary>A metric's short name in a sentence: "IDPs", "newly displaced".</summary>
    public static string Name(Metric metric) => metric switch
    {
        Metric.Population => "population",
        Metric.Idps => "IDPs",
        Metric.Displaced => "newly displaced",
        Metric.AtRisk => "at risk of displacement",
        Metric.Killed => "killed",
        Metric.LocalitiesAttacked => "localities attacked",
        Metric.Injured => "injured",
        Metric.InNeed => "in need",
        Metric.HealthAttacks => "attacks on health care",
        Metric.SchoolAttacks => "attacks on schools",
        Metric.ChildrenShare => "children's share",
        _ => "combatants",
    };

    /// <summary>A metric's short name at the start of a label: "Population", "IDPs".</summary>
    public static string Title(Metric metric)
    {
        var name = Name(metric);
        return name == "IDPs" ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>A measure's short label in a table cell: "Newly displaced", "IDPs (share)".</summary>
    public static string Label(Metric metric, Unit unit) =>
        unit == Unit.Percent && metric != Metric.ChildrenShare ? Title(metric) + " (share)" : Title(metric);

    /// <summary>What a measure is called as a heading: "People newly displaced", "Share of the population that is displaced".</summary>
    public static string Topic(Metric metric, Unit unit) => (metric, unit) switch
    {
        (Metric.Idps, Unit.Percent) => "Share of the population that is displaced",
        (Metric.Idps, _) => "People living in displacement",
        (Metric.Displaced, _) => "People newly displaced",
        (Metric.AtRisk, _) => "People at risk of displacement",
        (Metric.Population, _) => "Population",
        (Metric.Killed, _) => "People killed",
        (Metric.LocalitiesAttacked, _) => "Towns and villages attacked",
        (Metric.Combatants, _) => "Share of the population counted as fighters",
        (Metric.Injured, _) => "People injured",
        (Metric.InNeed, Unit.Percent) => "Share of the population in need",
        (Metric.InNeed, _) => "People in need of humanitarian assistance",
        (Metric.HealthAttacks, Unit.Facilities) => "Health facilities hit or put out of service",
        (Metric.HealthAttacks, _) => "Attacks on health care",
        (Metric.SchoolAttacks, Unit.Facilities) => "Schools hit or put out of use",
        (Metric.SchoolAttacks, _) => "Attacks on schools",
        (Metric.ChildrenShare, _) => "Share of a group who are children",
        _ => Vocabulary.Name(metric),
    };
}
