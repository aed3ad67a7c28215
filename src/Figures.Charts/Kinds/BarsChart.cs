using System.Globalization;
using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Charts;

/// <summary>
/// One bar per metric (optionally grouped by admin1 or year) showing the highest, or the latest, single
/// reported figure. Reports from different sources overlap, so bars are never sums; the axis says which.
/// </summary>
internal static class BarsChart
{
    public static ChartLayout Build(ChartRequest request)
    {
        var figures = request.Figures;
        var notes = new List<Footnote>();
        var usable = figures.ToList();
        if (request.Aggregate == BarAggregate.Latest)
        {
            var undated = usable.Where(f => f.ReferenceDate is null).ToList();
            usable = usable.Where(f => f.ReferenceDate is not null).ToList();
            if (usable.Count == 0)
                throw new FiguresException($"none of the {figures.Count} selected figures has a date, so there is no latest one; use the highest instead", ExitCode.InvalidData);
            if (undated.Count > 0)
                notes.Add(new Footnote("Not compared for the latest figure (date not stated):", new LazyList<string>(undated.Count, i => ChartWording.Entry(undated[i]))));
        }
        var unit = usable.GroupBy(f => f.Unit).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var otherUnit = usable.Where(f => f.Unit != unit).ToList();
        usable = usable.Where(f => f.Unit == unit).ToList();
        if (otherUnit.Count > 0)
            notes.Insert(0, new Footnote($"Left out, not in {ChartWording.Unit(unit).ToLowerInvariant()} (a different unit):", new LazyList<string>(otherUnit.Count, i => ChartWording.Entry(otherUnit[i]))));

        var rows = Rows(usable, request.Grouping, request.Aggregate);
        var verb = request.Aggregate == BarAggregate.Highest ? "Highest" : "Latest";
        var by = request.Grouping switch { BarGrouping.Admin1 => " by admin1 area", BarGrouping.Year => " by year", _ => "" };
        var title = request.Title ?? $"{verb} reported figure for each metric{by}";
        var area = ChartWording.SharedArea(figures);
        var subtitle = $"{(area is null ? "" : area + ". ")}Each bar is one figure from one source; reports overlap, so bars are never added up.";
        var legend = request.Grouping == BarGrouping.Metric ? new List<LegendEntry>()
            : usable.Select(f => f.Metric).Distinct().Order().Select(m => new LegendEntry(ChartWording.MetricTitle(m), LegendSwatch.Bar, Palette.Of(m))).ToList();
        var axis = request.Aggregate == BarAggregate.Highest
            ? $"{ChartWording.Unit(unit)}: highest figure any source reported (max reported, not a sum)"
            : $"{ChartWording.Unit(unit)}: latest figure reported (most recent date, not a sum)";
        var content = new FrameContent(title, subtitle, legend, notes, ChartWording.Caption(figures));
        return ChartPasses.Run(request, content,
            (plot, canvas) => (RowPlot.Draw(plot, rows, unit, axis, canvas), rows.Count(r => r.Mark != RowMark.None)),
            leftOut => new Footnote("Not shown, no room:", new LazyList<string>(leftOut.Count, i => ChartWording.Entry(leftOut[i]))),
            (entry, leftOut) => rows.Any(row => row.Figure is { } shown && ChartWording.MetricTitle(shown.Metric) == entry.Text && !leftOut.Contains(shown)));
    }

    private static List<ChartRow> Rows(List<Figure> figures, BarGrouping grouping, BarAggregate aggregate)
    {
        var rows = new List<ChartRow>();
        if (grouping == BarGrouping.Metric)
        {
            rows.AddRange(MetricRows(figures, aggregate));
            return rows;
        }
        var groups = grouping == BarGrouping.Admin1
            ? figures.GroupBy(f => f.Admin1.Length == 0 ? "admin1 not stated" : f.Admin1).OrderBy(g => g.Key.StartsWith("admin1 not", StringComparison.Ordinal)).ThenBy(g => g.Key, StringComparer.Ordinal)
            : figures.GroupBy(f => f.ReferenceDate is { } d ? d.Year.ToString("0000", CultureInfo.InvariantCulture) : "date not stated").OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            rows.Add(new ChartRow(group.Key, null, RowMark.None));
            rows.AddRange(MetricRows(group.ToList(), aggregate));
        }
        return rows;
    }

    private static IEnumerable<ChartRow> MetricRows(List<Figure> figures, BarAggregate aggregate) =>
        figures.GroupBy(f => f.Metric).OrderBy(g => g.Key).Select(g =>
        {
            var chosen = aggregate == BarAggregate.Highest
                ? g.OrderByDescending(f => f.ValueMax ?? f.Value).ThenByDescending(f => f.ReferenceDate ?? DateOnly.MinValue).ThenBy(f => f.Id, StringComparer.Ordinal).First()
                : g.OrderByDescending(f => f.ReferenceDate).ThenByDescending(f => f.ValueMax ?? f.Value).ThenBy(f => f.Id, StringComparer.Ordinal).First();
            var count = g.Count();
            var publisher = chosen.Publisher.Length > 0 ? chosen.Publisher : "publisher not stated";
            var detail = $"{chosen.Id}, {publisher}" + (count > 1 ? $" · 1 of {count.ToString(CultureInfo.InvariantCulture)} reports" : "");
            return new ChartRow(ChartWording.MetricTitle(g.Key), detail, RowMark.Bar, chosen, NumberWording.Compact(chosen), Palette.Of(g.Key));
        });
}
