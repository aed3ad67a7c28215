using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Query;
using Figures.Core.Wording;
using Figures.Reports.Definition;

namespace Figures.Reports.Model;

/// <summary>Builds the <see cref="BriefModel"/> from figures and a definition. Pure: no I/O.</summary>
public static class BriefModelBuilder
{
    /// <summary>How old the newest figure may be, at the date of issue, before page 1 says so.</summary>
    public const int StaleAfterDays = 365;

    /// <summary>Selects, numbers, ranks and words the figures; an empty selection is an error, not an empty brief.</summary>
    public static BriefModel Build(BriefDefinition definition, IReadOnlyList<Figure> all, string fingerprint, DateOnly issued)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(all);
        var figures = Select(definition, all);
        if (figures.Count == 0)
            throw new FiguresException($"brief '{definition.Name}' selects no figures; check its area, period and metrics", Severity.Invalid);

        var words = BriefWords.For(Words.For(definition.Language, definition.Digits));
        var sources = NumberSources(figures);
        var numberById = sources.SelectMany(s => s.FigureIds.Select(id => (id, s.Number))).ToDictionary(p => p.id, p => p.Number);
        var disputed = Disputes.Find(figures);
        var keyFigures = KeyFigures(definition, figures, disputed, numberById, words);
        return new BriefModel
        {
            Definition = definition,
            Figures = figures,
            Sources = sources,
            SourceNumberById = numberById,
            KeyFigures = keyFigures,
            Highlights = Highlights(keyFigures, figures, disputed, words),
            Disagreements = DisagreementFinder.Find(figures, words),
            Disputed = disputed,
            Fingerprint = fingerprint,
            Issued = issued,
            AgeNotice = AgeNotice(figures, issued, words),
            PeriodLabel = PeriodLabel(definition, figures, words),
            AreaLabel = AreaLabel(definition),
            Phrases = words,
        };
    }

    private static List<Figure> Select(BriefDefinition definition, IReadOnlyList<Figure> all)
    {
        var area = new FigureFilter { Admin1 = definition.Admin1, Country = definition.Country, Metrics = definition.Metrics };
        var period = new FigureFilter { From = definition.From, To = definition.To };
        var order = MetricOrder(definition);
        return all
            .Where(area.Matches)
            .Where(f => period.Matches(f) || (definition.IncludeUndated && f.ReferenceDate is null))
            .OrderBy(f => order.IndexOf(f.Metric))
            .ThenBy(f => f.ReferenceDate ?? DateOnly.MaxValue)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static List<Metric> MetricOrder(BriefDefinition definition) =>
        definition.Metrics.Count > 0 ? definition.Metrics.ToList() : Enum.GetValues<Metric>().ToList();

    private static List<SourceEntry> NumberSources(IReadOnlyList<Figure> figures)
    {
        // Numbered in order of publication (undated last), so the list reads as a chronology.
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

    private static List<KeyFigure> KeyFigures(BriefDefinition definition, IReadOnlyList<Figure> figures, IReadOnlySet<Figure> disputed, IReadOnlyDictionary<string, int> numbers, BriefWords words)
    {
        var order = MetricOrder(definition);
        var keys = new List<KeyFigure>();
        foreach (var group in figures.GroupBy(f => (f.Metric, f.Unit)).OrderBy(g => order.IndexOf(g.Key.Metric)).ThenBy(g => g.Key.Unit == Unit.Percent ? 1 : 0))
        {
            var all = group.ToList();
            if (Headline(all, disputed) is not { } headline) continue;
            var derived = headline.Unit == Unit.Percent ? DerivedValues.CountFromShare(headline, figures, words) : null;
            keys.Add(new KeyFigure(headline, all, all.Select(f => numbers[f.Id]).Distinct().Order().ToList(), derived));
        }
        return keys;
    }

    /// <summary>The figure to quote for one measure: the undisputed one of best standing, or null when all are disputed.</summary>
    public static Figure? Headline(IReadOnlyList<Figure> figures, IReadOnlySet<Figure> disputed)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(disputed);
        Figure? best = null;
        foreach (var figure in figures)
        {
            if (disputed.Contains(figure)) continue;
            if (best is null || Attribution.CompareStanding(figure, best) < 0) best = figure;
        }
        return best;
    }

    /// <summary>The most sentences the overview holds: it is a summary, and the table lists every figure.</summary>
    public const int MostOverviewSentences = 10;

    // The headlines first, then other undisputed figures from primary sources, best standing first, each stated once.
    private static List<string> Highlights(IReadOnlyList<KeyFigure> keyFigures, IReadOnlyList<Figure> figures, IReadOnlySet<Figure> disputed, BriefWords words)
    {
        var chosen = keyFigures.Select(k => k.Headline).ToList();
        chosen.AddRange(figures
            .Where(f => !chosen.Contains(f) && !disputed.Contains(f) && Attribution.IsPrimary(f))
            .OrderBy(f => f, Comparer<Figure>.Create(Attribution.CompareStanding))
            .Take(Math.Max(0, MostOverviewSentences - chosen.Count)));
        return chosen.Select(f => HighlightWriter.Sentence(f, words)).ToList();
    }

    private static string? AgeNotice(IReadOnlyList<Figure> figures, DateOnly issued, BriefWords words)
    {
        var newest = figures.Select(f => f.ReferenceDate ?? f.Published).Max();
        if (newest is not { } date || issued.DayNumber - date.DayNumber <= StaleAfterDays) return null;
        return words.AgeNotice(PeriodWording.Date(date, words.Core), (issued.DayNumber - date.DayNumber) / 365);
    }

    private static string PeriodLabel(BriefDefinition definition, IReadOnlyList<Figure> figures, BriefWords words)
    {
        var dated = figures.Where(f => f.ReferenceDate is not null).ToList();
        var from = definition.From ?? dated.Select(f => f.PeriodStart ?? f.PeriodEnd).Min();
        var to = definition.To ?? dated.Select(f => f.PeriodEnd ?? f.PeriodStart).Max();
        var label = (from, to) switch
        {
            ({ } f, { } t) => PeriodWording.Range(f, t, words.Core),
            _ => words.PeriodNotStated,
        };
        var undated = figures.Count - dated.Count;
        return undated > 0 ? words.WithUndated(label, undated) : label;
    }

    private static string AreaLabel(BriefDefinition definition) =>
        definition.AreaLabel.Length > 0 ? definition.AreaLabel
        : string.Join(", ", new[] { definition.Admin1, definition.Country }.Where(s => !string.IsNullOrEmpty(s)));
}
