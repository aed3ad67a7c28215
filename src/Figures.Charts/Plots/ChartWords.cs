using System.Globalization;
using System.Text;
using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Charts;

/// <summary>
/// The sentences a chart carries about its figures: footnotes naming what is not plotted (what, how much,
/// which source) and the caption. Pure and culture-invariant; worded by a chart's phrase table.
/// </summary>
internal static class ChartWords
{
    /// <summary>The caveat every chart carries.</summary>
    public const string Caveat = "Figures as reported by sources, not independently verified.";

    /// <summary>A figure in words: "IDPs: 1.8 million people (UN, via Reuters)".</summary>
    public static string Entry(Figure figure, ChartPhrases p)
    {
        var words = p.Core;
        var publisher = figure.Publisher.Length > 0 ? figure.Publisher : words.PublisherNotStated;
        var source = Attribution.IsAttributed(figure) && !figure.AttributedTo.Equals(figure.Publisher, StringComparison.OrdinalIgnoreCase)
            ? p.Via(figure.AttributedTo, publisher) : publisher;
        var date = figure.ReferenceDate is { } d ? PeriodWording.Date(d, words) : null;
        return p.Entry(MetricWording.Title(figure.Metric, words), NumberWording.Describe(figure, words), source, date);
    }

    /// <summary>The note listing every figure in words.</summary>
    public static string Full(NoteDraft note, ChartPhrases p) => p.FullNote(note.Lead, note.Figures.Select(f => Entry(f, p)));

    /// <summary>A note in the fewest words: "Not shown (…): 15 figures.", for a chart with no room to name the metrics.</summary>
    public static string Terse(NoteDraft note) =>
        $"{note.Lead}: {Count(note.Figures.Count)} {(note.Figures.Count == 1 ? "figure" : "figures")}.";

    /// <summary>A note in the fewest words: "Not shown (…): 15 figures.", for a chart with no room to name the metrics.</summary>
    public static string Terse(NoteDraft note, ChartPhrases p) => p.TerseNote(note.Lead, note.Figures.Count);

    /// <summary>The note summarised by metric, for lists too long to print: "312 figures: 120 newly displaced, 80 IDPs".</summary>
    public static string Summary(NoteDraft note, ChartPhrases p)
    {
        var parts = note.Figures.GroupBy(f => f.Metric).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => (g.Count(), MetricWording.Name(g.Key, p.Core)));
        return p.SummaryNote(note.Lead, note.Figures.Count, parts);
    }

    /// <summary>
    /// The caption: the caveat, how many of the selected figures are drawn, the scale rules applied and the
    /// publishers of the drawn figures, each with its count.
    /// </summary>
    public static string Caption(int shown, int selected, IReadOnlyDictionary<string, int> publisherCounts, IEnumerable<string> scaleNotes, ChartPhrases p, bool compact = false)
    {
        var text = new StringBuilder(p.Caveat);
        text.Append(' ').Append(p.Shown(shown, selected));
        foreach (var note in scaleNotes) text.Append(' ').Append(note);
        var publishers = publisherCounts
            .Select(pc => (Name: pc.Key.Length == 0 ? p.Core.PublisherNotStated : pc.Key, Stated: pc.Key.Length > 0, Count: pc.Value))
            .OrderBy(pc => pc.Stated ? 0 : 1).ThenByDescending(pc => pc.Count).ThenBy(pc => pc.Name, StringComparer.Ordinal)
            .Select(pc => p.PublisherCount(pc.Name, pc.Count)).ToList();
        // Compact (for a small chart): the two publishers with the most figures, then how many others.
        if (compact && publishers.Count > 3) publishers = [publishers[0], publishers[1], p.Others(publishers.Count - 2)];
        if (publishers.Count > 0) text.Append(p.Publishers(publishers));
        return text.ToString();
    }

    /// <summary>How many figures each publisher published (the name as first met, compared without case).</summary>
    public static Dictionary<string, int> CountPublishers(IEnumerable<Figure> figures)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var figure in figures)
        {
            var name = figure.Publisher.Length > 0 && (char.IsWhiteSpace(figure.Publisher[0]) || char.IsWhiteSpace(figure.Publisher[^1])) ? figure.Publisher.Trim() : figure.Publisher;
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }
        return counts;
    }

    /// <summary>A count for reading: "1,000".</summary>
    public static string Count(int count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>An axis tick in a unit: "700k", "50%".</summary>
    public static string Tick(double value, Unit unit, Words words)
    {
        var rounded = Math.Round(value, 6);
        var number = Math.Abs(rounded) < 1e15 ? NumberWording.CompactNumber((decimal)rounded, words) : rounded.ToString("0.#E+0", CultureInfo.InvariantCulture);
        return number + (unit == Unit.Percent ? words.Digits("%") : "");
    }
}
