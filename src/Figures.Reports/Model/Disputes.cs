using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Reports.Model;

/// <summary>
/// Which figures are disputed. Two figures conflict when the dataset records it (<c>conflicts_with</c>, both ways).
/// Of two conflicting figures, the one with the weaker standing (<see cref="Attribution.Outranks"/>: attributed,
/// dated, primary) is disputed; when neither outranks the other, both are. A disputed figure is never headlined
/// or put in the overview: it appears only where sources disagree, beside the figures that contradict it.
/// </summary>
public static class Disputes
{
    /// <summary>The disputed figures among <paramref name="figures"/> (only conflicts inside the selection count).</summary>
    public static IReadOnlySet<Figure> Find(IReadOnlyList<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var byId = figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var disputed = new HashSet<Figure>();
        foreach (var figure in figures)
        {
            foreach (var id in figure.ConflictIds)
            {
                if (!byId.TryGetValue(id, out var other)) continue;
                if (!Attribution.Outranks(figure, other)) disputed.Add(figure);
            }
        }
        return disputed;
    }

    /// <summary>
    /// The groups of figures that contradict each other: the connected parts of the conflict relation inside the
    /// selection, each in id order, groups in the order of their first id.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Figure>> Groups(IReadOnlyList<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var byId = figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<IReadOnlyList<Figure>>();
        foreach (var figure in figures.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            if (seen.Contains(figure.Id) || !figure.ConflictIds.Any(byId.ContainsKey)) continue;
            var group = new List<Figure>();
            var queue = new Queue<Figure>([figure]);
            seen.Add(figure.Id);
            while (queue.TryDequeue(out var next))
            {
                group.Add(next);
                foreach (var id in next.ConflictIds)
                {
                    if (byId.TryGetValue(id, out var other) && seen.Add(id)) queue.Enqueue(other);
                }
            }
            group.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            groups.Add(group);
        }
        return groups;
    }
}
