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
        // Counted in a dictionary and sorted in place rather than with LINQ over tuples: every generic
        // instantiation over a value tuple is code the JIT compiles when a short command starts.
        var byName = new Dictionary<string, PublisherCount>(StringComparer.OrdinalIgnoreCase);
        var publishers = new List<PublisherCount>();
        foreach (var figure in figures)
        {
            var key = figure.Publisher.Trim();
            if (!byName.TryGetValue(key, out var publisher))
            {
                publisher = new PublisherCount(key.Length == 0 ? "publisher not stated" : key, key.Length > 0);
                byName.Add(key, publisher);
                publishers.Add(publisher);
            }
            publisher.Count++;
        }
        // Stated publishers first, most figures first, then by name: names differ, so the order is total.
        publishers.Sort(static (a, b) =>
            a.Stated != b.Stated ? (a.Stated ? -1 : 1)
            : a.Count != b.Count ? b.Count.CompareTo(a.Count)
            : string.CompareOrdinal(a.Name, b.Name));
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

    private sealed class PublisherCount(string name, bool stated)
    {
        public string Name { get; } = name;
        public bool Stated { get; } = stated;
        public int Count { get; set; }
    }
}
