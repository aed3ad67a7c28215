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

    /// <summary>A measure as the object of "what sources say about ...": "the number newly displaced", "the share displaced".</summary>
    public static string Subject(Metric metric, Unit unit) => (metric, unit) switch
    {
        (Metric.Idps, Unit.Percent) => "the share displaced",
        (Metric.Idps, _) => "the number displaced",
        (Metric.Displaced, _) => "the number newly displaced",
        (Metric.AtRisk, _) => "the number at risk",
        (Metric.Population, _) => "the population",
        (Metric.Killed, _) => "the number killed",
        (Metric.LocalitiesAttacked, _) => "the places attacked",
        (Metric.Combatants, _) => "the share counted as fighters",
        (Metric.Injured, _) => "the number injured",
        (Metric.InNeed, _) => "the number in need",
        (Metric.HealthAttacks, _) => "attacks on health care",
        (Metric.SchoolAttacks, _) => "attacks on schools",
        (Metric.ChildrenShare, _) => "the share of children",
        _ => Vocabulary.Name(metric),
    };

    /// <summary>What a measure counts, after the source's own <paramref name="noun"/>: "people newly displaced", "civilians killed", "of the population living in displacement".</summary>
    public static string Counted(Metric metric, Unit unit, string noun) => (metric, unit) switch
    {
        (Metric.Idps, Unit.Percent) => "of the population living in displacement",
        (Metric.Combatants, _) => "of the population counted as fighters",
        (Metric.ChildrenShare, _) => "of the group counted were children",
        (Metric.HealthAttacks, Unit.Percent) => "of health facilities hit or out of service",
        (Metric.SchoolAttacks, Unit.Percent) => "of schools hit or out of use",
        (_, Unit.Percent) => $"of the population ({Vocabulary.Name(metric).Replace('_', ' ')})",
        (Metric.Displaced, _) => $"{noun} newly displaced",
        (Metric.Idps, _) => $"{noun} living in displacement",
        (Metric.Population, _) => $"{noun} living in the area",
        (Metric.AtRisk, _) => $"{noun} at risk of displacement (a projection)",
        (Metric.Killed, _) => $"{noun} killed",
        (Metric.LocalitiesAttacked, _) => "towns and villages attacked",
        (Metric.Injured, _) => $"{noun} injured",
        (Metric.InNeed, _) => $"{noun} in need of humanitarian assistance",
        (Metric.HealthAttacks, Unit.Facilities) => "health facilities hit or put out of service",
        (Metric.HealthAttacks, _) => "attacks on health care",
        (Metric.SchoolAttacks, Unit.Facilities) => "schools hit or put out of use",
        (Metric.SchoolAttacks, _) => "attacks on schools",
        _ => noun,
    };

    /// <summary>What happened to those a count is of, after "were": "displaced", "living in displacement"; null for a projection, which says no such thing.</summary>
    public static string? Happened(Metric metric) => metric switch
    {
        Metric.Displaced => "displaced",
        Metric.Idps => "living in displacement",
        Metric.Population => "living",
        Metric.Killed => "killed",
        Metric.LocalitiesAttacked => "attacked",
        Metric.Combatants => "counted as fighters",
        Metric.Injured => "injured",
        Metric.InNeed => "in need of humanitarian assistance",
        _ => null,
    };

    /// <summary>Who a share of the population is: "displaced people", "fighters", "residents".</summary>
    public static string ShareOf(Metric metric) => metric switch
    {
        Metric.Idps => "displaced people",
        Metric.Combatants => "fighters",
        Metric.Population => "residents",
        Metric.InNeed => "in need",
        Metric.Injured => "injured",
        _ => Vocabulary.Name(metric),
    };

    /// <summary>What a share says of its people, after the share: "are displaced", "are fighters"; null when a share of the metric has no such words.</summary>
    public static string? ShareIs(Metric metric) => metric switch
    {
        Metric.Idps => "are displaced",
        Metric.Combatants => "are fighters",
        Metric.ChildrenShare => "are children",
        Metric.InNeed => "are in need",
        _ => null,
    };
}
