using Figures.Core.Model;

namespace Figures.Charts;

/// <summary>
/// Draws a horizontal chart of labelled rows against one value axis: dots (sources chart) or bars
/// (bars chart), a range line where a source gave one, and the value label past the mark's end.
/// </summary>
internal static class RowPlot
{
    private const double AxisHeight = 26;

    /// <summary>Draws as many rows as fit; returns the figures of rows that did not.</summary>
    public static List<Figure> Draw(Box plot, IReadOnlyList<ChartRow> rows, Unit unit, string axisLabel, ChartCanvas canvas)
    {
        var labelSize = ChartTheme.LabelSize;
        var room = plot.Height - AxisHeight;
        var fit = 0;
        var used = 0.0;
        while (fit < rows.Count && used + rows[fit].Height <= room)
        {
            used += rows[fit].Height;
            fit++;
        }
        if (fit < rows.Count && fit > 0 && rows[fit - 1].Mark == RowMark.None) fit--;
        var shown = rows.Take(fit).ToList();
        used = shown.Sum(r => r.Height);
        // A few rows spread out a little to use the chart's height, but never into a sparse ladder.
        var stretch = used > 0 ? Math.Clamp(room / used, 1, 1.6) : 1;
        used *= stretch;
        var leftOut = rows.Skip(fit).Where(r => r.Figure is not null).Select(r => r.Figure!).ToList();

        var labelWidth = Math.Min(plot.Width * 0.42, shown.Count == 0 ? 40 : shown.Max(LabelWidth));
        var valueLabelWidth = shown.Count == 0 ? 0 : shown.Max(r => TextMetrics.Width(r.ValueLabel, labelSize));
        var left = plot.Left + labelWidth + 10;
        var right = plot.Right - valueLabelWidth - 8;
        var figures = shown.Where(r => r.Figure is not null).Select(r => r.Figure!).ToList();
        var max = figures.Count == 0 ? 1 : (double)figures.Max(f => f.ValueMax ?? f.Value);
        var maxTicks = Math.Clamp((int)((right - left) / 55) + 1, 2, 7);
        var scale = unit == Unit.Percent ? NiceScale.Create(0, Math.Max(100, max), Math.Min(maxTicks, 5)) : NiceScale.Create(0, max, maxTicks, wholeSteps: true);
        var top = plot.Top;
        var bottom = plot.Top + used;

        foreach (var tick in scale.Ticks)
        {
            var x = scale.Map(tick, left, right);
            canvas.Line(x, top, x, bottom, tick == 0 ? ChartTheme.Axis : ChartTheme.Grid, tick == 0 ? 0.75 : 0.5);
            canvas.Text(x, bottom + 10, ChartWording.Tick(tick, unit), labelSize, ChartTheme.Muted, TextAnchor.Middle);
        }
        canvas.Text(left, bottom + 21, TextWrap.Ellipsize(axisLabel, plot.Right - left, labelSize), labelSize, ChartTheme.Muted);

        var y = top;
        foreach (var row in shown)
        {
            var rowHeight = row.Height * stretch;
            DrawRow(row, y + (rowHeight - row.Height) / 2, plot.Left, labelWidth, left, right, scale, canvas);
            y += rowHeight;
        }
        return leftOut;
    }

    private static double LabelWidth(ChartRow row) => Math.Max(
        TextMetrics.Width(row.Label, ChartTheme.LabelSize, row.Mark == RowMark.None ? TextWeight.Bold : TextWeight.Normal),
        row.Detail is null ? 0 : TextMetrics.Width(row.Detail, ChartTheme.NoteSize));

    private static void DrawRow(ChartRow row, double y, double labelLeft, double labelWidth, double left, double right, NiceScale scale, ChartCanvas canvas)
    {
        var size = ChartTheme.LabelSize;
        if (row.Mark == RowMark.None)
        {
            canvas.Text(labelLeft, y + 11, TextWrap.Ellipsize(row.Label, labelWidth, size, TextWeight.Bold), size, ChartTheme.Ink, TextAnchor.Start, TextWeight.Bold);
            return;
        }
        var mid = y + (row.Detail is null ? 8 : 8.5);
        canvas.Text(labelLeft, mid + TextMetrics.Ascent(size) / 2, TextWrap.Ellipsize(row.Label, labelWidth, size), size, ChartTheme.Label);
        if (row.Detail is { } detail)
            canvas.Text(labelLeft, mid + 10, TextWrap.Ellipsize(detail, labelWidth, ChartTheme.NoteSize), ChartTheme.NoteSize, ChartTheme.Muted);
        var figure = row.Figure!;
        var x = scale.Map((double)figure.Value, left, right);
        var end = x;
        if (row.Mark != RowMark.Bar) canvas.Line(left, mid, x, mid, ChartTheme.Grid, 0.5, 1.5);
        if (figure.ValueMax is { } valueMax)
        {
            end = scale.Map((double)valueMax, left, right);
            canvas.Line(x, mid, end, mid, row.Color, 2.2);
            canvas.Line(end, mid - 3, end, mid + 3, row.Color, 1.2);
        }
        switch (row.Mark)
        {
            case RowMark.Bar:
                canvas.Rect(left, mid - 4.5, Math.Max(0.75, x - left), 9, row.Color);
                break;
            case RowMark.HollowDot:
                canvas.Circle(x, mid, 3.2, ChartTheme.Paper, row.Color, 1.4);
                break;
            default:
                canvas.Circle(x, mid, 3.6, row.Color, ChartTheme.Paper, 0.6);
                break;
        }
        canvas.Text(Math.Max(x, end) + 6, mid + TextMetrics.Ascent(size) / 2, row.ValueLabel, size, ChartTheme.Label);
    }
}
