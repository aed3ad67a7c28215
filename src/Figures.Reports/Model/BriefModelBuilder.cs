using Figures.Core.Csv;
using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Query;
using Figures.Core.Wording;
using Figures.Reports.Definition;

namespace Figures.Reports.Model;

/// <summary>Builds the <see cref="BriefModel"/> from a dataset and a definition. Pure: no I/O.</summary>
public static class BriefModelBuilder
{
    /// <summary>Selects, numbers, ranks and words the figures; an empty selection is an error, not an empty brief.</summary>
    public static BriefModel Build(BriefDefinition definition, FigureSet set, DateOnly buildDate)
    {
        var figures = Select(definition, set.Figures);
        if (figures.Count == 0)
            throw new FiguresException($"brief '{definition.Name}' selects no figures from {set.File}; check its area, period and metrics", ExitCode.InvalidData);

        var sources = NumberSources(figures);
        var numberById = sources.SelectMany(s => s.FigureIds.Select(id => (id, s.Number))).ToDictionary(p => p.id, p => p.Number);
        var keyFigures = KeyFigures(definition, figures, numberById);
        return new BriefModel
        {
            Definition = definition,
            Figures = figures,
            Sources = sources,
            SourceNumberById = numberById,
            KeyFigures = keyFigures,
            Highlights = Highlights(keyFigures, figures),
            Disagreements = DisagreementFinder.Find(figures),
            Fingerprint = set.Fingerprint,
            BuildDate = buildDate,
            PeriodLabel = PeriodLabel(definition, figures),
            AreaLabel = AreaLabel(definition),
        };
    }

    private static List<Figure> Select(BriefDefinition definition, IReadOnlyList<Figure> all)
    {
        var area = new FigureFilter { Admin1 = definition.Admin1, Country = definition.Country, Metrics = definition.Metrics };
        var period = new FigureFilter { From = definition.From, To = definition.To };
        var order = definition.Metrics.Count > 0 ? definition.Metrics.ToList() : Enum.GetValues<Metric>().ToList();
        return all
            .Where(area.Matches)
            .Where(f => period.Matches(f) || (definition.IncludeUndated && f.ReferenceDate is null))
            .OrderBy(f => order.IndexOf(f.Metric))
            .ThenBy(f => f.ReferenceDate ?? DateOnly.MaxValue)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static List<SourceEntry> NumberSources(IReadOnlyList<Figure> figures)
    {
        // Numbered in order of publication (undated last), so the list reads as a chronology. Sorted in place
        // rather than with LINQ over tuples, whose generic code the JIT would compile at every start.
        var groups = figures.GroupBy(SourceWording.Key).ToList();
        groups.Sort(static (a, b) =>
        {
            var byDate = (a.First().Published ?? DateOnly.MaxValue).CompareTo(b.First().Published ?? DateOnly.MaxValue);
            return byDate != 0 ? byDate : string.CompareOrdinal(a.Key, b.Key);
        });
        var sources = new List<SourceEntry>(groups.Count);
        foreach (var group in groups)
            sources.Add(new SourceEntry(sources.Count + 1, group.First(), group.Select(f => f.Id).Order(StringComparer.Ordinal).ToList()));
        return sources;
    }

    private static List<KeyFigure> KeyFigures(BriefDefinition definition, IReadOnlyList<Figure> figures, IReadOnlyDictionary<string, int> numbers)
    {
        var order = definition.Metrics.Count > 0 ? definition.Metrics.ToList() : Enum.GetValues<Metric>().ToList();
        return figures
            .GroupBy(f => (f.Metric, f.Unit))
            .OrderBy(g => order.IndexOf(g.Key.Metric))
            .ThenBy(g => g.Key.Unit == Unit.Percent ? 1 : 0)
            .Select(g =>
            {
                var all = g.ToList();
                var headline = Headline(all);
                return new KeyFigure(headline, all, all.Select(f => numbers[f.Id]).Distinct().Order().ToList(), headline.Metric == Metric.Idps ? DerivedValues.CountFromShare(headline, figures) : null);
            })
            .ToList();
    }

    // The key figures' sentences, then the other figures a UN body stands behind, oldest first.
    private static List<string> Highlights(IReadOnlyList<KeyFigure> keyFigures, IReadOnlyList<Figure> figures)
    {
        const int most = 12;
        var chosen = keyFigures.Select(k => k.Headline).ToList();
        chosen.AddRange(figures
            .Where(f => !chosen.Contains(f) && IsUnBody(f.AttributedTo))
            .OrderBy(f => f.ReferenceDate ?? DateOnly.MaxValue)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .Take(Math.Max(0, most - chosen.Count)));
        return chosen.Select(HighlightWriter.Sentence).ToList();
    }

    private static bool IsUnBody(string attributedTo) =>
        attributedTo.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w is "UN" or "OCHA" or "UNHCR")
        || attributedTo.Contains("United Nations", StringComparison.Ordinal);

    /// <summary>The figure to quote: dated before undated, most recent first, attributed before unattributed.</summary>
    public static Figure Headline(IReadOnlyList<Figure> figures) =>
        figures
            .OrderBy(f => f.ReferenceDate is null ? 1 : 0)
            .ThenByDescending(f => f.ReferenceDate)
            .ThenBy(f => f.AttributedTo is "" or "unattributed" ? 1 : 0)
            .ThenBy(f => f.Qualifier == Qualifier.Exact ? 0 : 1)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .First();

    private static string PeriodLabel(BriefDefinition definition, IReadOnlyList<Figure> figures)
    {
        var dated = figures.Where(f => f.ReferenceDate is not null).ToList();
        var from = definition.From ?? dated.Select(f => f.PeriodStart ?? f.PeriodEnd).Min();
        var to = definition.To ?? dated.Select(f => f.PeriodEnd ?? f.PeriodStart).Max();
        var label = (from, to) switch
        {
            ({ } f, { } t) => PeriodWording.Range(f, t),
            _ => "period not stated",
        };
        var undated = figures.Count - dated.Count;
        return undated > 0 ? $"{label} (and {undated} undated figure{(undated == 1 ? "" : "s")})" : label;
    }

    private static string AreaLabel(BriefDefinition definition) =>
        definition.AreaLabel.Length > 0 ? definition.AreaLabel
        : string.Join(", ", new[] { definition.Admin1, definition.Country }.Where(s => !string.IsNullOrEmpty(s)));
}
