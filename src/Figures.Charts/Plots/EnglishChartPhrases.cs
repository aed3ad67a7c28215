using System.Globalization;
using Figures.Core.Wording;

namespace Figures.Charts;

/// <summary>The English chart phrases, word for word as charts have always read.</summary>
internal sealed class EnglishChartPhrases(Words core) : ChartPhrases
{
    public override Words Core => core;
    public override string Caveat => "Figures as reported by sources, not independently verified.";
    public override string Via(string who, string publisher) => $"{who}, via {publisher}";
    public override string Entry(string metric, string described, string source, string? date) =>
        $"{metric}: {described} ({source}{(date is null ? "" : ", " + date)})";
    public override string FullNote(string lead, IEnumerable<string> entries) => lead + ": " + string.Join("; ", entries) + ".";
    public override string TerseNote(string lead, int count) => $"{lead}: {Count(count)} {(count == 1 ? "figure" : "figures")}.";
    public override string SummaryNote(string lead, int count, IEnumerable<(int Count, string Metric)> parts) =>
        $"{lead}: {Count(count)} {(count == 1 ? "figure" : "figures")} ({string.Join(", ", parts.Select(p => $"{Count(p.Count)} {p.Metric}"))}).";
    public override string Shown(int shown, int selected) => shown == selected
        ? $"Shown: all {Count(selected)} selected {(selected == 1 ? "figure" : "figures")}."
        : $"Shown: {Count(shown)} of {Count(selected)} selected figures.";
    public override string Publishers(IReadOnlyList<string> publishers) => " Publishers: " + string.Join(", ", publishers) + ".";
    public override string PublisherCount(string name, int count) => $"{name} ({Count(count)})";
    public override string Others(int count) => $"{count} others";
    public override string Unit(Core.Model.Unit unit) => unit switch
    {
        Figures.Core.Model.Unit.People => "People",
        Figures.Core.Model.Unit.Households => "Households",
        Figures.Core.Model.Unit.Localities => "Localities",
        Figures.Core.Model.Unit.Facilities => "Facilities",
        Figures.Core.Model.Unit.Attacks => "Attacks",
        _ => "Percent",
    };
    public override string LogHeading(string unit) => unit + " (log scale)";
    public override string LogScaleNote(string unit, string low, string high) => $"{unit}: log scale ({low} to {high}).";
    public override string UndatedColumnNote => "Undated figures: \u201cno date\u201d column.";
    public override string NoStartNote => "A period with no stated start: dot at its end.";
    public override string NoDate => "no date";
    public override string OverAPeriod => "over a period";
    public override string ProjectionHollow => "projection (hollow)";
    public override string AsOfADate => "as of a date";
    public override string RangeGiven => "range a source gave";
    public override string TimelineTitle(string? metric) => metric is null ? "Reported figures over time" : $"{metric}: reported figures over time";
    public override string TimelineSubtitle(string? area) => $"{(area is null ? "" : area + ". ")}Each mark is one figure as one source reported it; figures are not added up.";
    public override string SourcesTitle(string metric) => $"{metric}: what each source reported";
    public override string SourcesSubtitle(string? area) =>
        $"{(area is null ? "" : area + ". ")}One row per reported figure (per publisher when there are too many); a line shows a range a source gave.";
    public override string SourcesHeading(string unit, string metric, bool log) => $"{unit} ({metric}), as reported{(log ? ", log scale" : "")}";
    public override string OtherMetrics => "Other metrics, not charted here (chart one with --metric)";
    public override string ProjectionLegend(string metric) => metric + " (projection, hollow)";
    public override string AllPublishers(int count) => $"all {count} publishers";
    public override string OtherPublishers(int count) => $"{count} other publishers";
    public override string RowCount(string name, int count) => $"{name} ({Count(count)} {(count == 1 ? "figure" : "figures")})";
    public override string NoRoom => "Not shown (no room for their panel at this size)";

    public override string DateTick(DateTime date) =>
        date.Month == 1 && date.Day == 1 ? date.ToString("yyyy", CultureInfo.InvariantCulture)
        : date.Day == 1 ? date.ToString("MMM yyyy", CultureInfo.InvariantCulture)
        : date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
