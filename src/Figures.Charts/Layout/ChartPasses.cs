using Figures.Core.Model;

namespace Figures.Charts;

/// <summary>
/// Lays a chart out in at most two passes: when drawing the plot leaves something out (labels that
/// would overlap, rows that do not fit), a footnote saying so is added, the plot shrinks to make room
/// and is drawn again, with the note's lines then fixed so the plot cannot move.
/// </summary>
internal static class ChartPasses
{
    /// <summary>The finished layout.</summary>
    public static ChartLayout Run(
        ChartRequest request,
        FrameContent content,
        Func<Box, ChartCanvas, (List<Figure> LeftOut, int Marks)> drawPlot,
        Func<List<Figure>, Footnote> noteFor,
        Func<LegendEntry, List<Figure>, bool>? stillDrawn = null)
    {
        var plan = ChartFrame.Plan(content, request.Width, request.Height);
        // The first pass only finds out what is left out, so it records no drawing: for a dense chart, whose
        // plot is always drawn again, that is thousands of items saved. Drawing is pure, so when nothing is
        // left out, drawing the same plot again gives what the first pass would have recorded.
        var (leftOut, marks) = drawPlot(plan.Plot, new ChartCanvas(recording: false));
        var canvas = new ChartCanvas();
        if (leftOut.Count > 0)
        {
            plan = ChartFrame.Plan(content with { Footnotes = [.. content.Footnotes, noteFor(leftOut)] }, request.Width, request.Height);
            var reserved = plan.FootnoteLines[^1].Count;
            (leftOut, marks) = drawPlot(plan.Plot, canvas);
            var last = leftOut.Count > 0 ? noteFor(leftOut) : Footnote.Plain("");
            plan = ChartFrame.Plan(content with { Footnotes = [.. content.Footnotes, last with { ReservedLines = reserved }] }, request.Width, request.Height);
        }
        else
        {
            (_, marks) = drawPlot(plan.Plot, canvas);
        }
        if (stillDrawn is not null && leftOut.Count > 0)
        {
            // A legend entry whose marks were all left out for room would name something the plot does
            // not show. It goes; the legend keeps its rows, so the plot drawn below it does not move.
            var kept = leftOut;
            plan = plan with { LegendRows = plan.LegendRows.Select(row => row.Where(entry => stillDrawn(entry, kept)).ToList()).ToList() };
        }
        var frame = new ChartCanvas();
        frame.Rect(0, 0, request.Width, request.Height, ChartTheme.Paper);
        ChartFrame.Draw(plan, frame);
        frame.Items.AddRange(canvas.Items);
        return ChartLayouts.Create(request, content.Title, plan, frame, marks);
    }
}
