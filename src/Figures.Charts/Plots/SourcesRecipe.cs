using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Query;
using Figures.Core.Wording;
using ScottPlot;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// One metric side by side by source, so disagreement is visible: a row per figure labelled with its publisher
/// and date, a dot at the value (hollow for a projection) and a line over a range. Each unit gets its own
/// panel; values spanning more than <see cref="Magnitude.MaxLinearRatio"/> go on a log axis. When the rows
/// would not fit, figures are gathered into one row per publisher (every figure still drawn, transparent
/// where they overlap), and past that the least-reporting publishers share a last row.
/// </summary>
internal static class SourcesRecipe
{
    public static ChartDraft Draft(ChartRequest request, float width)
    {
        var figures = request.Figures;
        var metric = request.Metric ?? Selection.MostReportedMetric(figures);
        var ofMetric = figures.Where(f => f.Metric == metric).ToList();
        if (ofMetric.Count == 0)
            throw new FiguresException($"none of the selected figures is about {Vocabulary.Name(metric)}", Severity.Invalid);

        var p = ChartPhrases.For(request.Words);
        var words = p.Core;
        var panels = new List<PanelDraft>();
        var scaleNotes = new List<string>();
        var units = ofMetric.GroupBy(f => f.Unit).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToList();
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i].Key;
            var members = units[i].OrderBy(f => f.Published ?? DateOnly.MaxValue).ThenBy(f => f.ReferenceDate ?? DateOnly.MaxValue).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
            var values = Values(members).ToList();
            var log = Magnitude.NeedsLog(values.Where(v => v > 0).DefaultIfEmpty(1).Min(), values.DefaultIfEmpty(1).Max());

            panels.Add(new PanelDraft
            {
                Heading = p.SourcesHeading(p.Unit(unit), MetricWording.Name(metric, words), log),
                MinHeight = 56,
                ScaleNote = log ? p.LogScaleNote(p.Unit(unit), NumberWording.Number(members.Min(f => f.Value), words), NumberWording.Number(members.Max(f => f.ValueMax ?? f.Value), words)) : null,
                MaxHeight = members.Count * 30 + 24,
                Weight = members.Count,
                Priority = -i,
                Figures = members,
                AxisLabels = [],
                Fill = (size, fonts, _) => Fill(members, unit, log, size, fonts, width, p),
            });
        }
        var notes = new List<NoteDraft>();
        var others = figures.Where(f => f.Metric != metric).ToList();
        if (others.Count > 0) notes.Add(new NoteDraft(p.OtherMetrics, others));

        var name = MetricWording.Title(metric, words);
        var legend = new List<LegendKey> { new(name, KeyMark.Dot, MetricColors.Of(metric)) };
        if (Vocabulary.KindOf(metric) == MetricKind.Projection) legend[0] = new LegendKey(p.ProjectionLegend(name), KeyMark.Hollow, MetricColors.Of(metric));
        if (ofMetric.Any(f => f.IsRange)) legend.Add(new LegendKey(p.RangeGiven, KeyMark.Range, MetricColors.Of(metric), f => f.IsRange));
        var area = ChartWording.SharedArea(figures);
        return new ChartDraft
        {
            Title = request.Title ?? p.SourcesTitle(name),
            Subtitle = p.SourcesSubtitle(area),
            Legend = legend,
            Panels = panels,
            Notes = notes,
            ScaleNotes = scaleNotes,
        };
    }

    private static PanelPlots Fill(List<Figure> figures, Unit unit, bool log, SKSize size, FontSet fonts, float chartWidth, ChartPhrases p)
    {
        var labelSize = PlotKit.LabelSize(chartWidth);
        using var font = fonts.Regular.Font(labelSize);
        const float top = 4;
        var bottom = labelSize * 1.3f + 6;
        var height = size.Height - top - bottom;
        var maxLabel = size.Width * RowAxis.MaxShare;

        // One row per figure when every row fits; else one per publisher; else the largest publishers and one shared row.
        // A row is at least a line high, so past that many figures there is no need to word and wrap every label.
        var perFigure = figures.Count * (labelSize + 4) <= height;
        var rows = perFigure ? figures.Select(f => (Label: RowLabel(f, p.Core), Figures: (IReadOnlyList<Figure>)[f])).ToList() : [];
        var axisRows = RowAxis.Create(rows.Select(r => r.Label).ToList(), font, maxLabel, labelSize + 4);
        perFigure = perFigure && axisRows.Total <= height;
        if (!perFigure)
        {
            var byPublisher = figures.GroupBy(f => f.Publisher.Length > 0 ? f.Publisher : p.Core.PublisherNotStated)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            // As many publishers as fit get a row each; the rest share the last row.
            for (var kept = byPublisher.Count; kept >= 1; kept--)
            {
                rows = byPublisher.Take(kept == byPublisher.Count ? kept : kept - 1).Select(g => Row(g.Key, g.ToList(), p)).ToList();
                if (kept < byPublisher.Count)
                {
                    var rest = byPublisher.Skip(kept - 1).ToList();
                    rows.Add(Row(kept == 1 ? p.AllPublishers(rest.Count) : p.OtherPublishers(rest.Count), rest.SelectMany(g => g).ToList(), p));
                }
                if (RowAxis.Create(rows.Select(r => r.Label).ToList(), font, maxLabel, labelSize + 4).Total <= height) break;
            }
            axisRows = RowAxis.Create(rows.Select(r => r.Label).ToList(), font, maxLabel, labelSize + 4);
        }

        var valueLabels = perFigure ? figures.Select(f => NumberWording.Compact(f, p.Core)).ToList() : [];
        var labelRoom = valueLabels.Count > 0 ? PlotKit.Widest(valueLabels, font) + 6 : 4;
        var left = axisRows.LabelWidth + 8;
        var plotWidth = size.Width - left - 6;
        var axis = ValueAxis.For(Values(figures).ToList(), unit, plotWidth, labelRoom, log, p.Core);
        var plot = PlotKit.New(fonts, new PixelPadding(left, 6, bottom, top), labelSize);
        var centres = axisRows.Centres(height);
        plot.Axes.Left.TickGenerator = axisRows.Ticks(centres);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.ForeColor = MetricColors.Convert(Typography.Ink);
        plot.Axes.Bottom.TickGenerator = axis.Ticks(plotWidth, horizontal: true);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimits(axis.Min, axis.Max, 0, height);
        var map = new PlotMap(SKRect.Create(left, top, plotWidth, height), axis.Min, axis.Max, 0, height);

        var alpha = perFigure ? 1f : figures.Count > 100 ? 0.3f : 0.55f;
        var markerSize = perFigure ? 6.5f : 5f;
        var spots = new LabelSpots(map.Data);
        foreach (var group in figures.GroupBy(f => (f.Metric, Hollow: Vocabulary.KindOf(f.Metric) == MetricKind.Projection)))
        {
            var color = MetricColors.Plot(group.Key.Metric).WithAlpha(alpha);
            var xs = new List<double>();
            var ys = new List<double>();
            var rx = new List<double>();
            var ry = new List<double>();
            var rw = new List<double>();
            for (var r = 0; r < rows.Count; r++)
            {
                foreach (var figure in rows[r].Figures)
                {
                    if (figure.Metric != group.Key.Metric) continue;
                    xs.Add(axis.ToPlot((double)figure.Value));
                    ys.Add(centres[r]);
                    spots.Block(SKRect.Create(map.X(xs[^1]) - 4, map.Y(ys[^1]) - 4, 8, 8));
                    if (figure.ValueMax is { } max)
                    {
                        rx.Add(xs[^1]);
                        ry.Add(centres[r]);
                        rw.Add(axis.ToPlot((double)max) - xs[^1]);
                        spots.Block(new SKRect(map.X(xs[^1]), map.Y(ys[^1]) - 3, map.X(xs[^1] + rw[^1]), map.Y(ys[^1]) + 3));
                    }
                }
            }
            if (rx.Count > 0)
            {
                var zeros = new double[rx.Count];
                plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(rx, ry, zeros, rw, zeros, zeros) { LineWidth = perFigure ? 1.5f : 1f, CapSize = perFigure ? 5 : 0, Color = color });
            }
            var scatter = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray(), color);
            scatter.MarkerSize = markerSize;
            scatter.MarkerShape = group.Key.Hollow ? MarkerShape.OpenCircle : MarkerShape.FilledCircle;
            scatter.MarkerLineWidth = group.Key.Hollow ? 1.4f : 0;
        }
        if (perFigure)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                var figure = rows[r].Figures[0];
                var x = axis.ToPlot((double)(figure.ValueMax ?? figure.Value));
                var text = NumberWording.Compact(figure, p.Core);
                var px = map.X(x);
                var py = map.Y(centres[r]);
                var box = spots.Place(new SKRect(px - 4, py - 4, px + 4, py + 4), PlotKit.LabelWidth(text, font), labelSize * 1.15f);
                if (box is { } b) PlotKit.Label(plot, fonts, text, new Coordinates(map.DataX(b.Left), map.DataY(b.MidY)), labelSize, Typography.Ink);
            }
        }
        return new PanelPlots([(plot, size.Width)]);
    }

    // "The New Arab, 14 September 2018 · UN OCHA · 1–12 September 2018": who published, who said it, for when
    // (worded by the same rules as the brief; a date that is only the article's is not repeated).
    private static string RowLabel(Figure figure, Words words)
    {
        var label = SourceWording.Short(figure, words);
        if (!figure.AttributedTo.Equals(figure.Publisher, StringComparison.OrdinalIgnoreCase)) label += " \u00b7 " + Attribution.Who(figure, words);
        if (figure.ReferenceDate is { } date && !(figure.PeriodStart is null && date == figure.Published)) label += " \u00b7 " + PeriodWording.Describe(figure, words);
        return label;
    }

    private static (string Label, IReadOnlyList<Figure> Figures) Row(string name, List<Figure> figures, ChartPhrases p) => (p.RowCount(name, figures.Count), figures);

    private static IEnumerable<double> Values(IEnumerable<Figure> figures)
    {
        foreach (var figure in figures)
        {
            yield return (double)figure.Value;
            if (figure.ValueMax is { } max) yield return (double)max;
        }
    }
}
