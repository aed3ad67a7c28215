using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Wording;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// Figures over time, one panel per unit (a percentage never shares an axis with a count). Stocks are dots at
/// their as-of date, flows are bars over their period (a dot at the end when the start is not stated),
/// projections are hollow, a range is a vertical line. Figures without a date are drawn in a "date not
/// stated" column at the right of their panel, on the same value axis. A panel whose values span more than
/// <see cref="Magnitude.MaxLinearRatio"/> gets a log axis.
/// </summary>
internal static class TimelineRecipe
{
    public static ChartDraft Draft(ChartRequest request, float width)
    {
        var figures = request.Figures;
        if (figures.All(f => f.ReferenceDate is null))
        {
            throw new FiguresException(
                $"none of the {figures.Count} selected figures has a date, so none can be placed on a time axis; try --kind sources or --kind bars",
                Severity.Invalid);
        }
        var p = ChartPhrases.For(request.Words);
        var words = p.Core;
        var dated = figures.Where(f => f.ReferenceDate is not null).ToList();
        var first = dated.Min(f => (f.PeriodStart ?? f.PeriodEnd)!.Value);
        var last = dated.Max(f => (f.PeriodEnd ?? f.PeriodStart)!.Value);
        var margin = Math.Max(15, (last.DayNumber - first.DayNumber) / 25);
        var span = (Start: Day(first.DayNumber - margin), End: Day(last.DayNumber + margin));
        var hasUndated = dated.Count < figures.Count;

        var groups = figures.GroupBy(f => f.Unit).OrderByDescending(g => g.Count()).ThenBy(g => Preference(g.Key)).ToList();
        var panels = new List<PanelDraft>();
        var scaleNotes = new List<string>();
        for (var i = 0; i < groups.Count; i++)
        {
            var unit = groups[i].Key;
            var members = groups[i].ToList();
            var (smallest, largest) = Spread(members);
            var log = Magnitude.NeedsLog((double)smallest, (double)largest);
            var scaleNote = log ? p.LogScaleNote(p.Unit(unit), NumberWording.Number(smallest, words), NumberWording.Number(largest, words)) : null;
            panels.Add(new PanelDraft
            {
                Heading = log ? p.LogHeading(p.Unit(unit)) : p.Unit(unit),
                MinHeight = i == 0 ? Math.Clamp((float)request.Height * 0.25f, 56, 90) : 40,
                ScaleNote = scaleNote,
                AxisLabels = AxisLabels(members, unit, log, words),
                Weight = i == 0 ? 3 : 1,
                Priority = -i,
                Figures = members,
                Fill = (size, fonts, left) => Fill(members, unit, log, span, hasUndated, size, fonts, left, width, p),
            });
        }
        if (hasUndated) scaleNotes.Add(p.UndatedColumnNote);
        if (figures.Any(f => Vocabulary.KindOf(f.Metric) == MetricKind.Flow && f.PeriodStart is null && f.PeriodEnd is not null))
            scaleNotes.Add(p.NoStartNote);

        var metrics = figures.Select(f => f.Metric).Distinct().Order().ToList();
        var legend = metrics.Select(m => new LegendKey(MetricWording.Title(m, words), KeyMark.Dot, MetricColors.Of(m), f => f.Metric == m)).ToList();
        var shapes = figures.Select(Shape).Distinct().Order().ToList();
        foreach (var shape in shapes)
        {
            legend.Add(shape switch
            {
                KeyMark.Bar => new LegendKey(p.OverAPeriod, KeyMark.Bar, Typography.Axis, f => Shape(f) == KeyMark.Bar),
                KeyMark.Hollow => new LegendKey(p.ProjectionHollow, KeyMark.Hollow, Typography.Muted, f => Shape(f) == KeyMark.Hollow),
                _ => new LegendKey(p.AsOfADate, KeyMark.Dot, Typography.Axis, f => Shape(f) == KeyMark.Dot && width >= 320),
            });
        }
        if (figures.Any(f => f.IsRange)) legend.Add(new LegendKey(p.RangeGiven, KeyMark.Range, Typography.Muted, f => f.IsRange));

        var area = ChartWording.SharedArea(figures);
        return new ChartDraft
        {
            Title = request.Title ?? p.TimelineTitle(metrics.Count == 1 ? MetricWording.Title(metrics[0], words) : null),
            Subtitle = p.TimelineSubtitle(area),
            Legend = legend,
            Panels = panels,
            ScaleNotes = scaleNotes,
        };
    }

    /// <summary>The mark a figure gets.</summary>
    public static KeyMark Shape(Figure figure) => Vocabulary.KindOf(figure.Metric) switch
    {
        MetricKind.Projection => KeyMark.Hollow,
        MetricKind.Flow when figure.PeriodStart is not null && figure.PeriodEnd is not null && figure.PeriodEnd > figure.PeriodStart => KeyMark.Bar,
        _ => KeyMark.Dot,
    };

    private static PanelPlots Fill(List<Figure> figures, Unit unit, bool log, (double Start, double End) span, bool strip, SKSize size, FontSet fonts, float left, float chartWidth, ChartPhrases p)
    {
        var labelSize = PlotKit.LabelSize(chartWidth);
        var top = 5f;
        var bottom = labelSize * 1.3f + 6;
        var height = size.Height - top - bottom;
        var axis = ValueAxis.For(Values(figures).ToList(), unit, height, labelSize + 6, log, p.Core);
        var stripWidth = strip ? Math.Clamp(size.Width * 0.16f, 46, 110) : 0;

        var dated = figures.Where(f => f.ReferenceDate is not null).ToList();
        var main = PlotKit.New(fonts, new PixelPadding(left, strip ? 0 : 6, bottom, top), labelSize);
        var dates = main.Axes.DateTimeTicksBottom();
        PlotKit.StyleAxis(dates, fonts, labelSize);
        dates.TickGenerator = new DateTimeAutomatic { LabelFormatter = p.DateTick };
        var valueTicks = axis.Ticks(height);
        main.Axes.Left.TickGenerator = valueTicks;
        main.Axes.SetLimits(span.Start, span.End, axis.Min, axis.Max);
        var mainData = SKRect.Create(left, top, size.Width - stripWidth - left - (strip ? 0 : 6), height);
        var map = new PlotMap(mainData, span.Start, span.End, axis.Min, axis.Max);
        var style = MarkStyle.For(figures.Count, size.Width * height);
        Draw(main, dated, axis, map, fonts, labelSize, style, f => X(f));

        var cells = new List<(Plot, float)> { (main, size.Width - stripWidth) };
        if (strip)
        {
            var undated = figures.Where(f => f.ReferenceDate is null).ToList();
            var side = PlotKit.New(fonts, new PixelPadding(8, 4, bottom, top), labelSize);
            var ticks = new NumericManual();
            if (undated.Count > 0) ticks.AddMajor(0.5, p.NoDate);
            side.Axes.Bottom.TickGenerator = ticks;
            // The same generator as the main plot's, so the column's gridlines are the main plot's.
            side.Axes.Left.TickGenerator = valueTicks;
            if (undated.Count == 0)
            {
                side.HideGrid();
                side.Axes.Left.FrameLineStyle.Width = 0;
                side.Axes.Bottom.FrameLineStyle.Width = 0;
            }
            side.Axes.Left.TickLabelStyle.IsVisible = false;
            side.Axes.Left.MajorTickStyle.Length = 0;
            side.Axes.Left.MinorTickStyle.Length = 0;
            side.Grid.XAxisStyle.MajorLineStyle.Width = 0;
            side.Axes.SetLimits(0, 1, axis.Min, axis.Max);
            var sideMap = new PlotMap(SKRect.Create(8, top, stripWidth - 12, height), 0, 1, axis.Min, axis.Max);
            var order = undated.OrderByDescending(f => f.ValueMax ?? f.Value).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
            var slots = Math.Max(1, Math.Min(4, (int)((stripWidth - 12) / 10)));
            var xs = new Dictionary<Figure, double>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < order.Count; i++) xs[order[i]] = slots == 1 ? 0.5 : 0.2 + 0.6 * (i % slots) / (slots - 1);
            Draw(side, order, axis, sideMap, fonts, labelSize, style, f => xs[f]);
            cells.Add((side, stripWidth));
        }
        return new PanelPlots(cells);
    }

    // Draws marks grouped by metric and mark (one plottable each, so ten thousand figures stay cheap),
    // then labels the largest figures where a label fits.
    private static void Draw(Plot plot, List<Figure> figures, ValueAxis axis, PlotMap map, FontSet fonts, float labelSize, MarkStyle style, Func<Figure, double> xOf)
    {
        var (dense, alpha, markerSize, mostLabels) = style;
        var spots = new LabelSpots(map.Data);
        foreach (var group in figures.GroupBy(f => (f.Metric, Shape: Shape(f))).OrderBy(g => g.Key.Metric).ThenBy(g => g.Key.Shape))
        {
            var color = MetricColors.Plot(group.Key.Metric).WithAlpha(alpha);
            var list = group.ToList();
            var ys = list.Select(f => axis.ToPlot((double)f.Value)).ToArray();
            if (group.Key.Shape == KeyMark.Bar)
            {
                // A period is a thin horizontal bar from its start to its end: one rectangle per figure (an
                // error-bar series would draw six lines each).
                var thickness = (dense ? 2f : 3.5f) / map.Data.Height * (map.YMax - map.YMin);
                var bars = new Bar[list.Count];
                for (var i = 0; i < list.Count; i++)
                {
                    var start = Day(list[i].PeriodStart!.Value.DayNumber);
                    var end = Day(list[i].PeriodEnd!.Value.DayNumber + 1);
                    bars[i] = new Bar { Position = ys[i], ValueBase = start, Value = end, Size = thickness, FillColor = color, LineWidth = 0, Orientation = Orientation.Horizontal };
                    spots.Block(new SKRect(map.X(start), map.Y(ys[i]) - 2, Math.Max(map.X(end), map.X(start) + 2), map.Y(ys[i]) + 2));
                }
                plot.Add.Bars(bars);
            }
            else
            {
                var xs = list.Select(xOf).ToArray();
                var scatter = plot.Add.ScatterPoints(xs, ys, color);
                scatter.MarkerSize = markerSize;
                scatter.MarkerShape = group.Key.Shape == KeyMark.Hollow ? MarkerShape.OpenCircle : MarkerShape.FilledCircle;
                scatter.MarkerLineWidth = group.Key.Shape == KeyMark.Hollow ? 1.4f : 0;
                var r = markerSize / 2 + 1;
                for (var i = 0; i < list.Count; i++) spots.Block(new SKRect(map.X(xs[i]) - r, map.Y(ys[i]) - r, map.X(xs[i]) + r, map.Y(ys[i]) + r));
            }
            var ranges = list.Where(f => f.IsRange).ToList();
            if (ranges.Count > 0)
            {
                var rx = ranges.Select(f => Shape(f) == KeyMark.Bar ? (Day(f.PeriodStart!.Value.DayNumber) + Day(f.PeriodEnd!.Value.DayNumber + 1)) / 2 : xOf(f)).ToArray();
                var ry = ranges.Select(f => axis.ToPlot((double)f.Value)).ToArray();
                var up = ranges.Select(f => axis.ToPlot((double)f.ValueMax!.Value) - axis.ToPlot((double)f.Value)).ToArray();
                var zeros = new double[ranges.Count];
                plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(rx, ry, zeros, zeros, zeros, up) { LineWidth = 1.4f, CapSize = 5, Color = color });
                for (var i = 0; i < ranges.Count; i++) spots.Block(new SKRect(map.X(rx[i]) - 3, map.Y(ry[i] + up[i]), map.X(rx[i]) + 3, map.Y(ry[i])));
            }
        }
        LabelLargest(plot, figures, axis, map, spots, fonts, labelSize, xOf, mostLabels);
    }

    private static void LabelLargest(Plot plot, List<Figure> figures, ValueAxis axis, PlotMap map, LabelSpots spots, FontSet fonts, float labelSize, Func<Figure, double> xOf, int most)
    {
        using var font = fonts.Regular.Font(labelSize);
        var height = labelSize * 1.15f;
        var placed = 0;
        foreach (var figure in Largest(figures, most * 8))
        {
            if (placed >= most) break;
            var x = Shape(figure) == KeyMark.Bar ? (Day(figure.PeriodStart!.Value.DayNumber) + Day(figure.PeriodEnd!.Value.DayNumber + 1)) / 2 : xOf(figure);
            var px = map.X(x);
            var py = map.Y(axis.ToPlot((double)figure.Value));
            var text = NumberWording.Compact(figure, axis.Words);
            var box = spots.Place(new SKRect(px - 4, py - 4, px + 4, py + 4), PlotKit.LabelWidth(text, font), height);
            if (box is not { } b) continue;
            PlotKit.Label(plot, fonts, text, new Coordinates(map.DataX(b.Left), map.DataY(b.MidY)), labelSize, Typography.Ink);
            placed++;
        }
    }

    // The smallest positive value and the largest value or range end, in one pass.
    private static (decimal Smallest, decimal Largest) Spread(List<Figure> figures)
    {
        var smallest = decimal.MaxValue;
        var largest = 0m;
        foreach (var figure in figures)
        {
            if (figure.Value > 0 && figure.Value < smallest) smallest = figure.Value;
            var top = figure.ValueMax ?? figure.Value;
            if (top > largest) largest = top;
        }
        return smallest == decimal.MaxValue ? (1, Math.Max(largest, 1)) : (smallest, Math.Max(largest, smallest));
    }

    // Every label the panel's axis could show at any height: the panels share the widest as their left margin.
    private static string[] AxisLabels(List<Figure> figures, Unit unit, bool log, Words words)
    {
        var axis = ValueAxis.For(Values(figures).ToList(), unit, 100, 20, log, words);
        return axis.SampleLabels().ToArray();
    }

    /// <summary>
    /// How marks are drawn for so many figures in so much room: past one figure per 150 square points (or 150
    /// figures) they are smaller and half transparent, so overlaps read as density rather than a blot, and only
    /// the few largest may carry labels; past one per 30 square points (or 1,500 figures), more so.
    /// </summary>
    private readonly record struct MarkStyle(bool Dense, float Alpha, float MarkerSize, int MostLabels)
    {
        public static MarkStyle For(int count, float area)
        {
            var density = count / Math.Max(area, 1);
            return density > 1 / 30f || count > 1500 ? new(true, 0.3f, 3f, 4)
                : density > 1 / 150f || count > 150 ? new(true, 0.5f, 4.5f, 6)
                : new(false, 1f, 6.5f, 24);
        }
    }

    // The k largest figures (value or range end), largest first, ties by id: a partial selection, as only a
    // few of thousands can carry a label.
    private static List<Figure> Largest(List<Figure> figures, int k)
    {
        var best = new List<Figure>(k + 1);
        var comparer = Comparer<Figure>.Create((a, b) =>
        {
            var byValue = (b.ValueMax ?? b.Value).CompareTo(a.ValueMax ?? a.Value);
            return byValue != 0 ? byValue : string.CompareOrdinal(a.Id, b.Id);
        });
        foreach (var figure in figures)
        {
            if (best.Count == k && comparer.Compare(figure, best[^1]) >= 0) continue;
            var at = best.BinarySearch(figure, comparer);
            best.Insert(at < 0 ? ~at : at, figure);
            if (best.Count > k) best.RemoveAt(k);
        }
        return best;
    }

    private static double X(Figure figure) => Day(figure.ReferenceDate!.Value.DayNumber);

    // ScottPlot's date axis counts days as OLE automation dates.
    private static double Day(int dayNumber) => DateOnly.FromDayNumber(dayNumber).ToDateTime(TimeOnly.MinValue).ToOADate();

    private static IEnumerable<double> Values(IEnumerable<Figure> figures)
    {
        foreach (var figure in figures)
        {
            yield return (double)figure.Value;
            if (figure.ValueMax is { } max) yield return (double)max;
        }
    }

    private static int Preference(Unit unit) => unit switch
    {
        Unit.People => 0,
        Unit.Households => 1,
        Unit.Percent => 2,
        _ => 3,
    };
}
