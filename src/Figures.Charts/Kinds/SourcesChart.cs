using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Charts;

/// <summary>
/// One metric side by side by source: a row per reported figure labelled with its publisher and date
/// (saying so where either is not stated), a dot at the value and a line over a range, so
/// disagreement between sources is visible at a glance.
/// </summary>
internal static class SourcesChart
{
    public static ChartLayout Build(ChartRequest request)
    {
        var figures = request.Figures;
        var metric = request.Metric ?? figures.GroupBy(f => f.Metric).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var ofMetric = figures.Where(f => f.Metric == metric).ToList();
        if (ofMetric.Count == 0)
        {
            throw new Core.Diagnostics.FiguresException(
                $"none of the selected figures is about {Vocabulary.Name(metric)}", Core.Diagnostics.ExitCode.InvalidData);
        }
        var unit = ofMetric.GroupBy(f => f.Unit).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var shown = ofMetric.Where(f => f.Unit == unit)
            .OrderBy(f => f.Published ?? DateOnly.MaxValue).ThenBy(f => f.ReferenceDate ?? DateOnly.MaxValue).ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();

        var notes = new List<Footnote>();
        var otherUnit = ofMetric.Where(f => f.Unit != unit).ToList();
        if (otherUnit.Count > 0)
            notes.Add(new Footnote($"Left out, not in {ChartWording.Unit(unit).ToLowerInvariant()} (a different unit):", new LazyList<string>(otherUnit.Count, i => ChartWording.Entry(otherUnit[i]))));
        var otherMetrics = figures.Where(f => f.Metric != metric).GroupBy(f => f.Metric).OrderBy(g => g.Key).Select(g => $"{ChartWording.Metric(g.Key)} ({g.Count()})").ToList();
        if (otherMetrics.Count > 0)
            notes.Add(new Footnote("Other metrics in the selection, not shown (chart one with --metric):", otherMetrics));

        var rows = shown.Select(f => new ChartRow(
            SourceWording.Short(f),
            Detail(f),
            Vocabulary.KindOf(f.Metric) == MetricKind.Projection ? RowMark.HollowDot : RowMark.Dot,
            f,
            NumberWording.Compact(f),
            Palette.Of(f.Metric))).ToList();

        var name = ChartWording.MetricTitle(metric);
        var title = request.Title ?? $"{name}: what each source reported";
        var area = ChartWording.SharedArea(figures);
        var subtitle = $"{(area is null ? "" : area + ". ")}One row per reported figure; a line shows a range a source gave.";
        var legend = new List<LegendEntry>();
        if (shown.Any(f => f.IsRange)) legend.Add(new LegendEntry("range given by the source", LegendSwatch.Bar, Palette.Of(metric)));
        var content = new FrameContent(title, subtitle, legend, notes, ChartWording.Caption(figures));
        var axis = $"{ChartWording.Unit(unit)} ({ChartWording.Metric(metric)}), as reported";
        return ChartPasses.Run(request, content,
            (plot, canvas) =>
            {
                var leftOut = RowPlot.Draw(plot, rows, unit, axis, canvas);
                return (leftOut, rows.Count - leftOut.Count);
            },
            leftOut => new Footnote("Not shown, no room:", new LazyList<string>(leftOut.Count, i => ChartWording.Entry(leftOut[i]))));
    }

    private static string Detail(Figure figure)
    {
        var attribution = figure.AttributedTo.Length == 0 ? "attribution not stated"
            : figure.AttributedTo.Equals("unattributed", StringComparison.OrdinalIgnoreCase) ? "unattributed"
            : "attributed to " + figure.AttributedTo;
        return $"{figure.Id} · {attribution} · {PeriodWording.Describe(figure)}";
    }
}
