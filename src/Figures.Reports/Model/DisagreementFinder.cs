using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Reports.Model;

/// <summary>
/// Where sources disagree: one group per connected set of recorded conflicts (<see cref="Disputes.Groups"/>), with
/// every figure of the set, strongest source first, and the derived shares that take part. Pure.
/// </summary>
public static class DisagreementFinder
{
    /// <summary>The disagreements among the selected figures.</summary>
    public static IReadOnlyList<Disagreement> Find(IReadOnlyList<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var found = new List<Disagreement>();
        foreach (var group in Disputes.Groups(figures))
        {
            var ordered = group.OrderBy(f => f, Comparer<Figure>.Create(Attribution.CompareStanding)).ToList();
            var shares = group.Where(f => f.Unit == Unit.Percent).Select(f => f.Metric).ToHashSet();
            // A count of a group beside the population it belongs to is a share, worked out to compare with the shares reported.
            var derived = group
                .Where(f => shares.Contains(f.Metric))
                .Select(f => DerivedValues.ShareFromCounts(f, figures))
                .OfType<DerivedValue>()
                .ToList();
            found.Add(new Disagreement(Topic(group), ordered, derived, Note(group)));
        }
        return found;
    }

    private static string Topic(IReadOnlyList<Figure> group)
    {
        var measures = group.Select(f => (f.Metric, f.Unit)).Distinct().OrderBy(k => k.Metric).ThenBy(k => k.Unit).ToList();
        if (measures.Count == 1) return MetricWording.Topic(measures[0].Metric, measures[0].Unit);
        var nouns = measures.Select(k => Subject(k.Metric, k.Unit)).ToList();
        return "What sources say about " + string.Join(", ", nouns.Take(nouns.Count - 1)) + " and " + nouns[^1];
    }

    // A measure as the object of "what sources say about ...".
    private static string Subject(Metric metric, Unit unit) => (metric, unit) switch
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

    // One plain sentence on why the figures cannot be quoted as one, with no internal ids.
    private static string Note(IReadOnlyList<Figure> group)
    {
        var articles = group.Select(SourceWording.Key).Distinct().Count();
        var sources = articles == 1 ? "one article" : $"{articles} articles";
        var note = $"These {group.Count} figures, from {sources}, cannot all be true of the same people at the same time; the recorded conflicts between them are shown here rather than resolved.";
        if (group.All(f => f.ReferenceDate is null))
            note += " None of them is dated.";
        else if (group.Any(f => f.ReferenceDate is null))
            note += " Some of them are not dated.";
        return note;
    }
}
