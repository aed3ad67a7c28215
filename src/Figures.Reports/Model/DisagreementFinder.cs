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
    public static IReadOnlyList<Disagreement> Find(IReadOnlyList<Figure> figures) => Find(figures, BriefWords.English);

    /// <summary>The disagreements among the selected figures, worded in a language.</summary>
    public static IReadOnlyList<Disagreement> Find(IReadOnlyList<Figure> figures, BriefWords words)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<Disagreement>();
        foreach (var group in Disputes.Groups(figures))
        {
            var ordered = group.OrderBy(f => f, Comparer<Figure>.Create(Attribution.CompareStanding)).ToList();
            var shares = group.Where(f => f.Unit == Unit.Percent).Select(f => f.Metric).ToHashSet();
            // A count of a group beside the population it belongs to is a share, worked out to compare with the shares reported.
            var derived = group
                .Where(f => shares.Contains(f.Metric))
                .Select(f => DerivedValues.ShareFromCounts(f, figures, words))
                .OfType<DerivedValue>()
                .ToList();
            found.Add(new Disagreement(Topic(group, words), ordered, derived, Note(group, words)));
        }
        return found;
    }

    private static string Topic(IReadOnlyList<Figure> group, BriefWords words)
    {
        var measures = group.Select(f => (f.Metric, f.Unit)).Distinct().OrderBy(k => k.Metric).ThenBy(k => k.Unit).ToList();
        return measures.Count == 1 ? MetricWording.Topic(measures[0].Metric, measures[0].Unit, words.Core) : words.TopicOfSeveral(measures);
    }

    // One plain sentence on why the figures cannot be quoted as one, with no internal ids.
    private static string Note(IReadOnlyList<Figure> group, BriefWords words) =>
        words.DisagreementNote(group.Count, group.Select(SourceWording.Key).Distinct().Count(),
            group.All(f => f.ReferenceDate is null), group.Any(f => f.ReferenceDate is null));
}
