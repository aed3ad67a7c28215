namespace Figures.Charts;

/// <summary>
/// Lays out the parts every chart shares, top to bottom: left-aligned title, subtitle, legend, the plot,
/// footnotes and the source caption. The plot gets what is left; footnotes are summarised, never overflow.
/// </summary>
internal static class ChartFrame
{
    private const double TitleLine = 13.5;
    private const double SubtitleLine = 10;
    private const double LegendRow = 11;
    private const double NoteLine = 8.8;
    private const double SwatchWidth = 9;

    /// <summary>Wraps the frame's text and finds the plot box.</summary>
    public static FramePlan Plan(FrameContent content, double width, double height)
    {
        var pad = ChartTheme.Padding;
        var inner = width - 2 * pad;
        var titleLines = TextWrap.Wrap(content.Title, inner, ChartTheme.TitleSize, 2, TextWeight.Bold);
        var subtitleLines = content.Subtitle.Length == 0 ? [] : TextWrap.Wrap(content.Subtitle, inner, ChartTheme.SubtitleSize, 2);
        var legendRows = LegendRows(content.Legend, inner);
        var top = pad + titleLines.Count * TitleLine + subtitleLines.Count * SubtitleLine;
        var legendTop = top + (legendRows.Count > 0 ? 4 : 0);
        top = legendTop + legendRows.Count * LegendRow + 6;

        var captionLines = TextWrap.WrapList(content.Caption.Lead, content.Caption.Entries, inner, ChartTheme.NoteSize, 2, ";");
        var bottom = height - pad - captionLines.Count * NoteLine - 3;
        var minPlot = Math.Clamp(height * 0.45, 60, 170);
        var budget = Math.Max(content.Footnotes.Count, (int)Math.Floor((bottom - top - minPlot - 4) / NoteLine));
        var footnoteLines = new List<List<string>>();
        for (var i = 0; i < content.Footnotes.Count; i++)
        {
            var note = content.Footnotes[i];
            var laterNotes = content.Footnotes.Count - i - 1;
            var allowed = note.ReservedLines ?? Math.Max(1, budget - laterNotes);
            var lines = note.Entries.Count == 0
                ? TextWrap.Wrap(note.Lead, inner, ChartTheme.NoteSize, allowed)
                : TextWrap.WrapList(note.Lead, note.Entries, inner, ChartTheme.NoteSize, allowed);
            while (note.ReservedLines is { } reserved && lines.Count < reserved) lines.Add("");
            footnoteLines.Add(lines);
            budget -= lines.Count;
        }
        var noteCount = footnoteLines.Sum(l => l.Count);
        var plotBottom = bottom - noteCount * NoteLine - (noteCount > 0 ? 6 : 0);
        var plot = new Box(pad, top, width - pad, Math.Max(top + 20, plotBottom));
        return new FramePlan(width, height, titleLines, subtitleLines, legendRows, legendTop, plot, footnoteLines, captionLines);
    }

    /// <summary>Draws the frame's background and text around the plot.</summary>
    public static void Draw(FramePlan plan, ChartCanvas canvas)
    {
        var pad = ChartTheme.Padding;
        var y = pad;
        foreach (var line in plan.TitleLines)
        {
            y += TitleLine;
            canvas.Text(pad, y - 3, line, ChartTheme.TitleSize, ChartTheme.Ink, TextAnchor.Start, TextWeight.Bold);
        }
        foreach (var line in plan.SubtitleLines)
        {
            y += SubtitleLine;
            canvas.Text(pad, y - 2, line, ChartTheme.SubtitleSize, ChartTheme.Muted);
        }
        DrawLegend(plan, canvas);

        var noteY = plan.Plot.Bottom + 6;
        foreach (var line in plan.FootnoteLines.SelectMany(lines => lines))
        {
            noteY += NoteLine;
            if (line.Length > 0) canvas.Text(pad, noteY - 2, line, ChartTheme.NoteSize, ChartTheme.Muted);
        }
        var captionY = plan.Height - pad - plan.CaptionLines.Count * NoteLine;
        foreach (var line in plan.CaptionLines)
        {
            captionY += NoteLine;
            canvas.Text(pad, captionY - 2, line, ChartTheme.NoteSize, ChartTheme.Muted);
        }
    }

    /// <summary>The lines of all footnotes and the caption as drawn, for the layout's description.</summary>
    public static List<string> Notes(FramePlan plan) =>
        plan.FootnoteLines.Select(lines => string.Join(' ', lines.Where(l => l.Length > 0))).Where(n => n.Length > 0).ToList();

    private static List<List<LegendEntry>> LegendRows(IReadOnlyList<LegendEntry> entries, double width)
    {
        var rows = new List<List<LegendEntry>>();
        var used = double.MaxValue;
        foreach (var entry in entries)
        {
            var entryWidth = EntryWidth(entry);
            if (used + entryWidth > width)
            {
                rows.Add([]);
                used = 0;
            }
            rows[^1].Add(entry);
            used += entryWidth + 12;
        }
        return rows;
    }

    private static double EntryWidth(LegendEntry entry) => SwatchWidth + 3 + TextMetrics.Width(entry.Text, ChartTheme.LabelSize);

    private static void DrawLegend(FramePlan plan, ChartCanvas canvas)
    {
        var rowTop = plan.LegendTop;
        foreach (var row in plan.LegendRows)
        {
            var x = ChartTheme.Padding;
            var midY = rowTop + LegendRow / 2;
            foreach (var entry in row)
            {
                switch (entry.Swatch)
                {
                    case LegendSwatch.Dot:
                        canvas.Circle(x + SwatchWidth / 2, midY, 3.2, entry.Color);
                        break;
                    case LegendSwatch.HollowDot:
                        canvas.Circle(x + SwatchWidth / 2, midY, 2.9, ChartTheme.Paper, entry.Color, 1.3);
                        break;
                    default:
                        canvas.Rect(x, midY - 2.5, SwatchWidth, 5, entry.Color);
                        break;
                }
                canvas.Text(x + SwatchWidth + 3, midY + TextMetrics.Ascent(ChartTheme.LabelSize) / 2, entry.Text, ChartTheme.LabelSize, ChartTheme.Label);
                x += EntryWidth(entry) + 12;
            }
            rowTop += LegendRow;
        }
    }
}
