using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Reports.Model;

/// <summary>Finds the places where sources disagree: pure, over the selected figures.</summary>
public static class DisagreementFinder
{
    /// <summary>Numeric conflicts per metric and unit, conflicts with derived shares, and differing accounts of who the population is.</summary>
    public static IReadOnlyList<Disagreement> Find(IReadOnlyList<Figure> figures)
    {
        var found = new List<Disagreement>();
        foreach (var group in figures.GroupBy(f => (f.Metric, f.Unit)))
        {
            var members = group.ToList();
            var derived = group.Key.Unit == Unit.Percent
                ? figures.Where(f => f.Metric == group.Key.Metric).Select(f => DerivedValues.ShareFromCounts(f, figures)).OfType<DerivedValue>().ToList()
                : [];
            var conflicting = Conflicting(members, derived);
            if (conflicting.Figures.Count + conflicting.Derived.Count < 2) continue;
            found.Add(new Disagreement(
                Topic(group.Key.Metric, group.Key.Unit),
                conflicting.Figures.OrderBy(f => f.Value).ToList(),
                conflicting.Derived,
                Note(conflicting.Figures, conflicting.Derived)));
        }
        if (Composition(figures) is { } composition) found.Add(composition);
        return found;
    }

    private static (List<Figure> Figures, List<DerivedValue> Derived) Conflicting(List<Figure> members, List<DerivedValue> derived)
    {
        var figures = new HashSet<Figure>();
        var derivedIn = new HashSet<DerivedValue>();
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                var (a, b) = (members[i], members[j]);
                if (a.SourceFile == b.SourceFile && a.SourceFile.Length > 0) continue;
                if (!Comparability.SameTime(a, b)) continue;
                if (!Comparability.Conflict(Comparability.Interval(a.Value, a.ValueMax, a.Qualifier), Comparability.Interval(b.Value, b.ValueMax, b.Qualifier))) continue;
                figures.Add(a);
                figures.Add(b);
            }
            foreach (var d in derived)
            {
                var source = d.From[0];
                if (!Comparability.SameTime(members[i], source)) continue;
                if (!Comparability.Conflict(Comparability.Interval(members[i].Value, members[i].ValueMax, members[i].Qualifier), Comparability.Interval(d.Value, null, d.Qualifier))) continue;
                figures.Add(members[i]);
                derivedIn.Add(d);
            }
        }
        return (members.Where(figures.Contains).ToList(), derived.Where(derivedIn.Contains).ToList());
    }

    // Shares of one population described by different metrics ("half displaced" against "half are rebels").
    private static Disagreement? Composition(IReadOnlyList<Figure> figures)
    {
        var shares = figures.Where(f => f.Unit == Unit.Percent).ToList();
        var metrics = shares.Select(f => f.Metric).Distinct().Count();
        var articles = shares.Select(f => f.SourceFile).Distinct().Count();
        if (metrics < 2 || articles < 2) return null;
        return new Disagreement(
            "Who the population is",
            shares.OrderBy(f => f.Metric).ThenBy(f => f.Id, StringComparer.Ordinal).ToList(),
            [],
            "Sources divide the same population in different ways, so these shares describe different groups and should not be combined or quoted as one.");
    }

    private static string Topic(Metric metric, Unit unit) => (metric, unit) switch
    {
        (Metric.Idps, Unit.Percent) => "Share of the population that is displaced",
        (Metric.Idps, _) => "People living in displacement",
        (Metric.Displaced, _) => "People newly displaced",
        (Metric.AtRisk, _) => "People at risk of displacement",
        (Metric.Population, _) => "Population",
        (Metric.Killed, _) => "People killed",
        (Metric.LocalitiesAttacked, _) => "Towns and villages attacked",
        (Metric.Combatants, _) => "Share of the population counted as fighters",
        _ => Vocabulary.Name(metric),
    };

    private static string Note(IReadOnlyList<Figure> figures, IReadOnlyList<DerivedValue> derived)
    {
        var undated = figures.All(f => f.ReferenceDate is null);
        var lowest = figures.MinBy(f => f.Value)!;
        var highest = figures.MaxBy(f => f.ValueMax ?? f.Value)!;
        var reportedAgree = figures.All(f => f.Value == lowest.Value && f.ValueMax is null);
        var spread = derived.Count > 0 && reportedAgree
            ? $"Sources report {NumberWording.Value(lowest)}, but a share worked out from counts a source states is {string.Join(" and ", derived.Select(d => NumberWording.Percent(d.Value)))}."
            : $"Reported values run from {NumberWording.Value(lowest)} to {NumberWording.Value(highest)}.";
        return spread + (undated ? " The sources give no dates, so they may describe different moments." : "");
    }
}
