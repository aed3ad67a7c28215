using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Charts;

/// <summary>
/// A chart's phrase table in one language: captions, notes, legends, axis headings and tick formats. The recipes
/// decide what a chart says; the table says it, with numbers, dates and names from the core table (<see cref="Words"/>).
/// </summary>
internal abstract class ChartPhrases
{
    public static ChartPhrases English { get; } = new EnglishChartPhrases(Words.English);

    /// <summary>The table for a core table's language.</summary>
    public static ChartPhrases For(Words words) => words.Language == Language.Arabic ? new ArabicChartPhrases(words) : English;

    public abstract Words Core { get; }
    public bool RightToLeft => Core.RightToLeft;

    public abstract string Caveat { get; }
    public abstract string Via(string who, string publisher);
    public abstract string Entry(string metric, string described, string source, string? date);
    public abstract string FullNote(string lead, IEnumerable<string> entries);
    public abstract string TerseNote(string lead, int count);
    public abstract string SummaryNote(string lead, int count, IEnumerable<(int Count, string Metric)> parts);
    public abstract string Shown(int shown, int selected);
    public abstract string Publishers(IReadOnlyList<string> publishers);
    public abstract string PublisherCount(string name, int count);
    public abstract string Others(int count);
    public abstract string Unit(Unit unit);
    public abstract string LogHeading(string unit);
    public abstract string LogScaleNote(string unit, string low, string high);
    public abstract string UndatedColumnNote { get; }
    public abstract string NoStartNote { get; }
    public abstract string NoDate { get; }
    public abstract string OverAPeriod { get; }
    public abstract string ProjectionHollow { get; }
    public abstract string AsOfADate { get; }
    public abstract string RangeGiven { get; }
    public abstract string TimelineTitle(string? metric);
    public abstract string TimelineSubtitle(string? area);
    public abstract string SourcesTitle(string metric);
    public abstract string SourcesSubtitle(string? area);
    public abstract string SourcesHeading(string unit, string metric, bool log);
    public abstract string OtherMetrics { get; }
    public abstract string ProjectionLegend(string metric);
    public abstract string AllPublishers(int count);
    public abstract string OtherPublishers(int count);
    public abstract string RowCount(string name, int count);
    public abstract string NoRoom { get; }
    /// <summary>A date tick: "2019" at a year's start, "Sep 2019" at a month's, else "14 Sep 2019".</summary>
    public abstract string DateTick(DateTime date);

    /// <summary>A count for reading: "1,000".</summary>
    public string Count(int count) => Core.Digits(count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture));
}
