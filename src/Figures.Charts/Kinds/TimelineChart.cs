using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Charts;

/// <summary>
/// Figures over time. Stocks are points at their as-of date, flows are bars over their period (a point
/// at its end, starred, when the start is not stated), projections are hollow. Each unit gets its own
/// panel so percentages never share an axis with counts; undated figures are listed in a footnote.
/// </summary>
internal static class TimelineChart
{
    private const int MaxLabels = 60;
    private const double AxisHeight = 24;
    private const double PanelHeader = 12;
    private const double SecondaryPanel = 48;
    private const double MinMainPanel = 72;
    private const double PanelGap = 8;

    public static ChartLayout Build(ChartRequest request)
    {
        var figures = request.Figures;
        var dated = new List<Figure>(figures.Count);
        var undated = new List<Figure>();
        foreach (var figure in figures) (figure.ReferenceDate is null ? undated : dated).Add(figure);
        if (dated.Count == 0)
        {
            throw new FiguresException(
                $"none of the {figures.Count} selected figures has a date, so none can be placed on a time axis; try --kind sources or --kind bars",
                ExitCode.InvalidData);
        }
        var units = dated.GroupBy(f => f.Unit)
            .OrderByDescending(g => g.Count()).ThenBy(g => UnitPreference(g.Key))
            .Select(g => new TimelinePanel(g.Key, g.ToList()))
            .ToList();
        // Neither depends on how many panels fit, and both read every figure.
        var caption = ChartWording.Caption(figures);
        var area = ChartWording.SharedArea(figures);
        var scratch = new TimelineScratch();

        for (var panelCount = units.Count; ; panelCount--)
        {
            var shown = units.Take(panelCount).ToList();
            var left = units.Skip(panelCount).SelectMany(u => u.Figures).ToList();
            var notes = BaseNotes(shown, undated, left, units[0].Unit);
            var content = Content(request, shown, notes, area, caption);
            var plan = ChartFrame.Plan(content, request.Width, request.Height);
            var mainHeight = plan.Plot.Height - AxisHeight - (panelCount - 1) * (SecondaryPanel + PanelGap);
            if (panelCount > 1 && mainHeight < MinMainPanel) continue;

            return ChartPasses.Run(request, content, (plot, canvas) =>
            {
                var hidden = DrawPlot(plot, shown, canvas, scratch, out var markCount);
                return (hidden, markCount);
            }, HiddenNote);
        }
    }

    private static FrameContent Content(ChartRequest request, List<TimelinePanel> shown, List<Footnote> notes, string? area, Footnote caption)
    {
        var metrics = shown.SelectMany(p => p.Metrics).Distinct().Order().ToList();
        var title = request.Title ?? (metrics.Count == 1
            ? $"{ChartWording.MetricTitle(metrics[0])}: reported figures over time"
            : "Reported figures over time");
        var subtitle = $"{(area is null ? "" : area + ". ")}Each mark is one figure as one source reported it; figures are not added up.";
        var legend = metrics.Select(m => new LegendEntry(ChartWording.MetricTitle(m), LegendSwatch.Dot, Palette.Of(m))).ToList();
        var kinds = shown.SelectMany(p => p.Shapes).Distinct().Order().ToList();
        foreach (var kind in kinds)
        {
            legend.Add(kind switch
            {
                LegendSwatch.Bar => new LegendEntry("over a period", LegendSwatch.Bar, ChartTheme.Axis),
                LegendSwatch.HollowDot => new LegendEntry("projection", LegendSwatch.HollowDot, ChartTheme.Muted),
                _ => new LegendEntry("as of a date", LegendSwatch.Dot, ChartTheme.Axis),
            });
        }
        return new FrameContent(title, subtitle, legend, notes, caption);
    }

    /// <summary>The mark a figure gets.</summary>
    public static LegendSwatch Shape(Figure figure) => Vocabulary.KindOf(figure.Metric) switch
    {
        MetricKind.Projection => LegendSwatch.HollowDot,
        MetricKind.Flow when figure.PeriodStart is not null && figure.PeriodEnd is not null => LegendSwatch.Bar,
        _ => LegendSwatch.Dot,
    };

    /// <summary>Whether a flow is drawn at its end because its start is not stated.</summary>
    public static bool StartNotStated(Figure figure) =>
        Vocabulary.KindOf(figure.Metric) == MetricKind.Flow && figure.PeriodStart is null;

    private static List<Footnote> BaseNotes(List<TimelinePanel> shown, List<Figure> undated, List<Figure> leftOut, Unit main)
    {
        var notes = new List<Footnote>();
        var starred = shown.SelectMany(s => s.Starred).ToList();
        if (starred.Count > 0)
            notes.Add(new Footnote("* Start of period not stated; shown at its end:", new LazyList<string>(starred.Count, i => starred[i].Id)));
        if (undated.Count > 0)
            notes.Add(new Footnote("Not placed on the time axis (date not stated):", new LazyList<string>(undated.Count, i => ChartWording.Entry(undated[i]))));
        if (leftOut.Count > 0)
        {
            notes.Add(new Footnote($"Left out, no room for a separate axis (not {ChartWording.Unit(main).ToLowerInvariant()}):",
                new LazyList<string>(leftOut.Count, i => ChartWording.Entry(leftOut[i]))));
        }
        return notes;
    }

    private static Footnote HiddenNote(List<Figure> hidden) =>
        new("Value labels left off where they would overlap:", new LazyList<string>(hidden.Count, i => $"{hidden[i].Id} ({NumberWording.Compact(hidden[i])})"));

    private static int UnitPreference(Unit unit) => unit switch
    {
        Unit.People => 0,
        Unit.Percent => 1,
        Unit.Households => 2,
        _ => 3,
    };

    private static List<Figure> DrawPlot(Box plot, List<TimelinePanel> panels, ChartCanvas canvas, TimelineScratch scratch, out int markCount)
    {
        var first = panels.Min(p => p.First);
        var last = panels.Max(p => p.Last);

        var scales = panels.Select((p, i) => ValueScale(p.Unit, p.MaxValue, i == 0 ? MainHeight(plot, panels.Count) : SecondaryPanel - PanelHeader)).ToList();
        var tickWidth = panels.Select((p, i) => scales[i].Ticks.Max(t => TextMetrics.Width(ChartWording.Tick(t, p.Unit), ChartTheme.LabelSize))).Max();
        var left = plot.Left + tickWidth + 5;
        var right = plot.Right - 4;
        var dates = DateScale.Create(first, last, right - left);

        // Dense charts hide most figures (merged marks, labels past the cap): room for all of them up front.
        var hidden = new List<Figure>(panels.Sum(p => p.Figures.Count));
        markCount = 0;
        var top = plot.Top;
        for (var i = 0; i < panels.Count; i++)
        {
            var height = i == 0 ? MainHeight(plot, panels.Count) : SecondaryPanel - PanelHeader;
            var area = new Box(left, top + PanelHeader, right, top + PanelHeader + height);
            canvas.Text(plot.Left, top + 7, PanelHeading(panels[i].Unit, i), ChartTheme.LabelSize, ChartTheme.Muted);
            DrawValueAxis(area, scales[i], panels[i].Unit, plot.Left, canvas);
            DrawDateTicks(area, dates, canvas, labelled: i == panels.Count - 1);
            markCount += DrawMarks(area, new Box(plot.Left, top, plot.Right, area.Bottom + 1), scales[i], dates, panels[i].ByValue, canvas, scratch, hidden);
            top = area.Bottom + PanelGap;
        }
        return hidden;
    }

    private static string PanelHeading(Unit unit, int index) =>
        unit == Unit.Percent ? "Percent (a share, not a count)"
        : index == 0 ? ChartWording.Unit(unit) + " (as reported)"
        : ChartWording.Unit(unit);

    private static double MainHeight(Box plot, int panelCount) =>
        plot.Height - AxisHeight - PanelHeader - (panelCount - 1) * (SecondaryPanel + PanelGap);

    private static NiceScale ValueScale(Unit unit, decimal maxValue, double height)
    {
        var max = (double)maxValue;
        var maxTicks = Math.Clamp((int)(height / 24) + 1, 2, 6);
        if (unit == Unit.Percent) return NiceScale.Create(0, Math.Max(100, max), Math.Min(maxTicks, 5));
        return NiceScale.Create(0, max, maxTicks, wholeSteps: true);
    }

    private static void DrawValueAxis(Box area, NiceScale scale, Unit unit, double labelRight, ChartCanvas canvas)
    {
        foreach (var tick in scale.Ticks)
        {
            var y = scale.Map(tick, area.Bottom, area.Top);
            var isZero = tick == 0;
            canvas.Line(area.Left, y, area.Right, y, isZero ? ChartTheme.Axis : ChartTheme.Grid, isZero ? 0.75 : 0.5);
            canvas.Text(area.Left - 5, y + TextMetrics.Ascent(ChartTheme.LabelSize) / 2, ChartWording.Tick(tick, unit), ChartTheme.LabelSize, ChartTheme.Muted, TextAnchor.End);
        }
        _ = labelRight;
    }

    private static void DrawDateTicks(Box area, DateScale dates, ChartCanvas canvas, bool labelled)
    {
        foreach (var tick in dates.Ticks)
        {
            var x = dates.Map(tick.Date, area.Left, area.Right);
            canvas.Line(x, area.Bottom, x, area.Bottom + 3, ChartTheme.Axis, 0.5);
            if (!labelled) continue;
            canvas.Text(x, area.Bottom + 11, tick.Label, ChartTheme.LabelSize, ChartTheme.Muted, TextAnchor.Middle);
            if (tick.YearLabel is { } year)
                canvas.Text(x, area.Bottom + 20, year, ChartTheme.LabelSize, ChartTheme.Muted, TextAnchor.Middle, TextWeight.Bold);
        }
    }

    private static int DrawMarks(Box area, Box labelBounds, NiceScale scale, DateScale dates, Figure[] ordered, ChartCanvas canvas, TimelineScratch scratch, List<Figure> hidden)
    {
        var marks = scratch.Marks;
        var seen = scratch.Seen;
        marks.Clear();
        seen.Clear();
        marks.EnsureCapacity(ordered.Length);
        seen.EnsureCapacity(ordered.Length);
        foreach (var figure in ordered)
        {
            var mark = Place(figure, area, scale, dates);
            if (seen.Add(CellKey(mark))) marks.Add(mark);
            else hidden.Add(figure);
        }

        // Bars under points, so a point inside a period stays visible.
        foreach (var mark in marks)
        {
            if (mark.IsSpan) DrawMark(mark, canvas);
        }
        foreach (var mark in marks)
        {
            if (!mark.IsSpan) DrawMark(mark, canvas);
        }

        var labelled = Math.Min(MaxLabels, marks.Count);
        for (var i = labelled; i < marks.Count; i++) hidden.Add(marks[i].Figure);
        var requests = new List<LabelRequest>(labelled);
        for (var i = 0; i < labelled; i++) requests.Add(new LabelRequest(Label(marks[i]), marks[i].Box, ChartTheme.LabelSize));
        var obstacles = new LazyList<Box>(marks.Count, i => marks[i].Box);
        var placed = LabelPlacer.Place(requests, obstacles, labelBounds);
        for (var i = 0; i < placed.Length; i++)
        {
            if (placed[i] is { } label) canvas.Text(label.X, label.Y, requests[i].Text, ChartTheme.LabelSize, ChartTheme.Label, label.Anchor);
            else hidden.Add(marks[i].Figure);
        }
        return marks.Count;
    }

    // Marks of the same metric and shape within 4pt of each other (more than half a marker) are drawn once: at 3.4pt radius they
    // would look the same, and 10,000 figures stay a readable (and fast) chart.
    private static int Cell(double coordinate) => (int)Math.Round(coordinate / 4);

    // Metric, shape and the cells of both ends and both values packed in one number, so the merge above hashes a long, not a tuple.
    // 14 bits per cell cover ±32,000 points, far past the largest chart (ChartBuilder.MaxSide), so distinct cells never collide.
    private static long CellKey(TimelineMark mark)
    {
        const int bits = 14;
        const int offset = 1 << (bits - 1);
        const long mask = (1 << bits) - 1;
        var key = ((long)mark.Figure.Metric << 2) | (long)Shape(mark.Figure);
        key = (key << bits) | ((Cell(mark.X1) + offset) & mask);
        key = (key << bits) | ((Cell(mark.X2) + offset) & mask);
        key = (key << bits) | ((Cell(mark.Y) + offset) & mask);
        return (key << bits) | ((Cell(mark.YMax ?? -10) + offset) & mask);
    }

    private static string Label(TimelineMark mark) => NumberWording.Compact(mark.Figure) + (mark.StartNotStated ? "*" : "");

    private static TimelineMark Place(Figure figure, Box area, NiceScale scale, DateScale dates)
    {
        var y = scale.Map((double)figure.Value, area.Bottom, area.Top);
        double? yMax = figure.ValueMax is { } max ? scale.Map((double)max, area.Bottom, area.Top) : null;
        if (Shape(figure) == LegendSwatch.Bar)
        {
            var x1 = dates.MapDay(figure.PeriodStart!.Value.DayNumber, area.Left, area.Right);
            var x2 = dates.MapDay(figure.PeriodEnd!.Value.DayNumber + 1, area.Left, area.Right);
            return new TimelineMark(figure, x1, Math.Max(x2, x1 + 2), y, yMax, true, false);
        }
        var x = dates.Map(figure.ReferenceDate!.Value, area.Left, area.Right);
        return new TimelineMark(figure, x, x, y, yMax, false, StartNotStated(figure));
    }

    private static void DrawMark(TimelineMark mark, ChartCanvas canvas)
    {
        var color = Palette.Of(mark.Figure.Metric);
        var centerX = (mark.X1 + mark.X2) / 2;
        if (mark.YMax is { } yMax)
        {
            canvas.Line(centerX, mark.Y, centerX, yMax, color, 1.5);
            canvas.Line(centerX - 3.5, yMax, centerX + 3.5, yMax, color, 1.5);
            canvas.Line(centerX - 3.5, mark.Y, centerX + 3.5, mark.Y, color, 1.5);
        }
        switch (Shape(mark.Figure))
        {
            case LegendSwatch.Bar:
                canvas.Rect(mark.X1, mark.Y - 2.5, mark.X2 - mark.X1, 5, color);
                break;
            case LegendSwatch.HollowDot:
                canvas.Circle(mark.X1, mark.Y, 3, ChartTheme.Paper, color, 1.4);
                break;
            default:
                canvas.Circle(mark.X1, mark.Y, 3.4, color, ChartTheme.Paper, 0.6);
                break;
        }
    }
}
