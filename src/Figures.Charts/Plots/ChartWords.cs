using System.Globalization;
using System.Text;
using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Charts;

/// <summary>
/// The sentences a chart carries about its figures: footnotes naming what is not plotted (what, how much,
/// which source) and the caption. Pure and culture-invariant.
/// </summary>
internal static class ChartWords
{
    /// <summary>The caveat every chart carries.</summary>
    public const string Caveat = "Figures as reported by sources, not independently verified.";

    /// <summary>A figure in words: "IDPs: 1.8 million people (UN, via Reuters)".</summary>
    public static string Entry(Figure figure)
    {
        var publisher = figure.Publisher.Length > 0 ? figure.Publisher : "publisher not stated";
        var source = Attribution.IsAttributed(figure) && !figure.AttributedTo.Equals(figure.Publisher, StringComparison.OrdinalIgnoreCase)
            ? $"{figure.AttributedTo}, via {publisher}" : publisher;
        var date = figure.ReferenceDate is { } d ? ", " + PeriodWording.Date(d) : "";
        return $"{ChartWording.MetricTitle(figure.Metric)}: {NumberWording.Describe(figure)} ({source}{date})";
    }

    /// <summary>The note listing every figure in words.</summary>
    public static string Full(NoteDraft note) =>
        note.Lead + ": " + string.Join("; ", note.Figures.Select(Entry)) + ".";

    /// <summary>A note in the fewest words: "Not shown (…): 15 figures.", for a chart with no room to name the metrics.</summary>
    public static string Terse(NoteDraft note) =>
        $"{note.Lead}: {Count(note.Figures.Count)} {(note.Figures.Count == 1 ? "figure" : "figures")}.";

    /// <summary>The note summarised by metric, for lists too long to print: "312 figures: 120 newly displaced, 80 IDPs".</summary>
    public static string Summary(NoteDraft note)
    {
        var parts = note.Figures.GroupBy(f => f.Metric).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => $"{Count(g.Count())} {ChartWording.Metric(g.Key)}");
        return $"{note.Lead}: {Count(note.Figures.Count)} {(note.Figures.Count == 1 ? "figure" : "figures")} ({string.Join(", ", parts)}).";
    }

    /// <summary>
    /// The caption: the caveat, how many of the selected figures are drawn, the scale rules applied and the
    /// publishers of the drawn figures, each with its count.
    /// </summary>
    public static string Caption(int shown, int selected, IReadOnlyDictionary<string, int> publisherCounts, IEnumerable<string> scaleNotes, bool compact = false)
    {
        var text = new StringBuilder(Caveat);
        text.Append(' ').Append(shown == selected
            ? $"Shown: all {Count(selected)} selected {(selected == 1 ? "figure" : "figures")}."
            : $"Shown: {Count(shown)} of {Count(selected)} selected figures.");
        foreach (var note in scaleNotes) text.Append(' ').Append(note);
        var publishers = publisherCounts
            .Select(p => (Name: p.Key.Length == 0 ? "publisher not stated" : p.Key, Stated: p.Key.Length > 0, Count: p.Value))
            .OrderBy(p => p.Stated ? 0 : 1).ThenByDescending(p => p.Count).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name} ({Count(p.Count)})").ToList();
        // Compact (for a small chart): the two publishers with the most figures, then how many others.
        if (compact && publishers.Count > 3) publishers = [publishers[0], publishers[1], $"{publishers.Count - 2} others"];
        if (publishers.Count > 0) text.Append(" Publishers: ").Append(string.Join(", ", publishers)).Append('.');
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
    public static string Tick(double value, Unit unit)
    {
        var rounded = Math.Round(value, 6);
        var number = Math.Abs(rounded) < 1e15 ? NumberWording.CompactNumber((decimal)rounded) : rounded.ToString("0.#E+0", CultureInfo.InvariantCulture);
        return number + (unit == Unit.Percent ? "%" : "");
    }

    /// <summary>A date tick: "2019" at a year's start, "Sep 2019" at a month's, else "14 Sep 2019".</summary>
    public static string DateTick(DateTime date) =>
        date.Month == 1 && date.Day == 1 ? date.ToString("yyyy", CultureInfo.InvariantCulture)
        : date.Day == 1 ? date.ToString("MMM yyyy", CultureInfo.InvariantCulture)
        : date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
