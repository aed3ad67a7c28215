using Figures.Core.Model;

namespace Figures.Core.Wording;

/// <summary>The one place metrics are named for reading: in a sentence, at the start of a label, as a heading.</summary>
public static class MetricWording
{
    /// <summary>A metric's short name in a sentence: "IDPs", "newly displaced".</summary>
    public static string Name(Metric metric) => Words.English.MetricName(metric);

    /// <summary>A metric's short name in a sentence, in a language.</summary>
    public static string Name(Metric metric, Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.MetricName(metric);
    }

    /// <summary>A metric's short name at the start of a label: "Population", "IDPs".</summary>
    public static string Title(Metric metric) => Words.English.MetricTitle(metric);

    /// <summary>A metric's short name at the start of a label, in a language.</summary>
    public static string Title(Metric metric, Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.MetricTitle(metric);
    }

    /// <summary>A measure's short label in a table cell: "Newly displaced", "IDPs (share)".</summary>
    public static string Label(Metric metric, Unit unit) => Label(metric, unit, Words.English);

    /// <summary>A measure's short label in a table cell, in a language.</summary>
    public static string Label(Metric metric, Unit unit, Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        // A share of children is a share by name already: no "(share)" after "Children's share".
        return unit == Unit.Percent && metric != Metric.ChildrenShare ? words.ShareLabel(Title(metric, words)) : Title(metric, words);
    }

    /// <summary>What a measure is called as a heading: "People newly displaced", "Share of the population that is displaced".</summary>
    public static string Topic(Metric metric, Unit unit) => Topic(metric, unit, Words.English);

    /// <summary>What a measure is called as a heading, in a language.</summary>
    public static string Topic(Metric metric, Unit unit, Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Topic(metric, unit);
    }
}
