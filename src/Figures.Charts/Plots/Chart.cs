using System.Globalization;
using Figures.Core.Diagnostics;
using Figures.Core.Model;
using ScottPlot;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// A chart decided and laid out for one size: its own text (title, subtitle, panel headings, footnotes,
/// caption) shaped and wrapped by us, and its plot area (axes, ticks, marks, legend) drawn by ScottPlot.
/// Build once, render onto any Skia canvas (a PNG, SVG or PDF page, or a page of the brief).
/// </summary>
public sealed class Chart
{
    /// <summary>The smallest chart side, in points, that still has room for a plot.</summary>
    public const float MinSide = 160;
    /// <summary>The largest chart side, in points.</summary>
    public const float MaxSide = 5000;

    // A note about more figures than this is summarised by metric without first being worded in full.
    private const int MaxListed = 12;

    // The least height a lone panel's plot is given, whatever room the text leaves.
    private const float LeastPlotHeight = 24;

    private readonly FontSet _fonts;
    private readonly ChartPhrases _phrases;
    private readonly List<TextBlock> _texts = [];
    private readonly List<PlacedPlot> _plots = [];
    private readonly List<(LegendKey Key, SKRect Box)> _symbols = [];
    private readonly Dictionary<(string, float, float, SKTypeface), IReadOnlyList<string>> _wrapped = [];
    private readonly Dictionary<(LegendKey, PanelDraft), bool> _shows = [];
    private readonly Dictionary<PanelDraft, Dictionary<string, int>> _publishers = [];

    private Chart(FontSet fonts, ChartPhrases phrases, string title, float width, float height)
    {
        _fonts = fonts;
        _phrases = phrases;
        Title = title;
        Width = width;
        Height = height;
    }

    /// <summary>The chart's title (also the document title of a PDF or SVG).</summary>
    public string Title { get; }
    /// <summary>Width in points.</summary>
    public float Width { get; }
    /// <summary>Height in points.</summary>
    public float Height { get; }
    /// <summary>How many figures the request selected.</summary>
    public int SelectedCount { get; private set; }
    /// <summary>How many figures are drawn as marks; the caption and the CLI message count these.</summary>
    public int ShownCount { get; private set; }
    /// <summary>The notes under the chart, in words: what is not plotted, how much, which source.</summary>
    public IReadOnlyList<string> Footnotes { get; private set; } = [];
    /// <summary>The caption: the caveat, the count shown, the scale rules applied and the publishers.</summary>
    public string Caption { get; private set; } = "";

    /// <summary>
    /// Loads the chart engine ahead of the first chart: ScottPlot's first use scans every font of the system (about
    /// 80 ms on a Debian machine), which a command can let run on another core while it reads its inputs.
    /// </summary>
    public static void PrepareEngine() => _ = ScottPlot.Fonts.Default;

    /// <summary>Decides what goes where for the request's size.</summary>
    /// <exception cref="FiguresException">An empty selection or nothing placeable (invalid data), or a size out of range (usage).</exception>
    public static Chart Build(ChartRequest request, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(fonts);
        if (request.Figures.Count == 0)
            throw new FiguresException("no figures to chart: the selection is empty", Severity.Invalid);
        if (!(request.Width >= MinSide && request.Width <= MaxSide) || !(request.Height >= MinSide && request.Height <= MaxSide))
        {
            throw new FiguresException(string.Create(CultureInfo.InvariantCulture,
                $"chart width and height must be between {MinSide:0} and {MaxSide:0} points (got {request.Width} × {request.Height})"));
        }
        var width = (float)request.Width;
        lock (ScottPlotGate)
        {
            var draft = request.Kind switch
            {
                ChartKind.Timeline => TimelineRecipe.Draft(request, width),
                ChartKind.Sources => SourcesRecipe.Draft(request, width),
                ChartKind.Bars => BarsRecipe.Draft(request, width),
                _ => throw new FiguresException($"unknown chart kind {request.Kind}"),
            };
            var chart = new Chart(fonts, ChartPhrases.For(request.Words), draft.Title, width, (float)request.Height);
            chart.Lay(draft, request.Figures.Count);
            return chart;
        }
    }

    // ScottPlot keeps process-wide caches (fonts, typefaces) that are not made for two threads at once: charts built
    // or drawn on two threads (tests in parallel, a warm-up beside the main thread) take turns.
    private static readonly Lock ScottPlotGate = new();

    /// <summary>Where each line of the chart's own text and each plot sits, in points (for layout tests).</summary>
    internal IReadOnlyList<(string Text, SKRect Box)> TextBoxes => _texts.Select(t => (t.Text, t.Box)).ToList();
    internal IReadOnlyList<SKRect> PlotBoxes => _plots.Select(p => p.Rect).ToList();

    /// <summary>Draws the whole chart inside <paramref name="rect"/> (units: points), scaled to fit it.</summary>
    public void Render(SKCanvas canvas, SKRect rect)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        canvas.Save();
        canvas.Translate(rect.Left, rect.Top);
        canvas.Scale(rect.Width / Width, rect.Height / Height);
        using (var paper = new SKPaint { Color = Typography.Paper, Style = SKPaintStyle.Fill })
        {
            canvas.DrawRect(0, 0, Width, Height, paper);
        }
        foreach (var placed in _plots)
        {
            var r = placed.Rect;
            // ScottPlot clears the canvas with the figure background before drawing: the clip keeps that to the plot's own rectangle.
            canvas.Save();
            canvas.ClipRect(r);
            lock (ScottPlotGate) placed.Plot.Render(canvas, new PixelRect(r.Left, r.Right, r.Bottom, r.Top));
            canvas.Restore();
        }
        foreach (var symbol in _symbols) LegendBand.DrawSymbol(canvas, symbol.Key, symbol.Box);
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        foreach (var block in _texts)
        {
            using var font = _fonts.Of(block.Bold).Font(block.Size);
            paint.Color = block.Color;
            if (block.Paragraph is { } paragraph)
                TextShaper.DrawLine(canvas, paragraph.Text, paragraph.Start, block.Text.Length, block.X, block.Baseline, font, paint);
            else
                TextShaper.Draw(canvas, block.Text, block.X, block.Baseline, font, paint);
        }
        canvas.Restore();
    }

    // Lays the draft out: text blocks top and bottom, panels between. When the panels do not fit, long
    // notes are summarised first, then the least populated panels are dropped (and named in a note).
    private void Lay(ChartDraft draft, int selected)
    {
        SelectedCount = selected;
        var pad = Width < 320 ? 6f : 10f;
        var inner = Width - 2 * pad;
        var titleSize = Width < 320 ? 9.5f : Typography.ChartTitleSize;
        var subSize = PlotKit.LabelSize(Width);
        var noteSize = Typography.NoteSize;
        var headingSize = PlotKit.LabelSize(Width);
        using var titleFont = _fonts.Bold.Font(titleSize);
        using var subFont = _fonts.Regular.Font(subSize);
        using var noteFont = _fonts.Regular.Font(noteSize);
        var titleLines = Wrap(draft.Title, inner, titleFont);
        var subLines = Wrap(draft.Subtitle, inner, subFont);
        var headingHeight = Typography.LineHeight(headingSize);

        var panels = draft.Panels.ToList();
        var notes = draft.Notes.ToList();
        var full = notes.Select(n => n.Figures.Count <= MaxListed).ToList();
        var terse = notes.Select(_ => false).ToList();
        var compact = false;
        List<string> noteTexts;
        List<IReadOnlyList<string>> noteLines;
        string caption;
        IReadOnlyList<string> captionLines;
        float available, needed;
        while (true)
        {
            noteTexts = notes.Select((n, i) => terse[i] ? ChartWords.Terse(n, _phrases) : full[i] ? ChartWords.Full(n, _phrases) : ChartWords.Summary(n, _phrases)).ToList();
            noteLines = noteTexts.Select(t => Wrap(t, inner, noteFont)).ToList();
            // A list longer than four lines is summarised whatever the room: the chart is the point, not the list.
            var tooLong = Enumerable.Range(0, notes.Count).FirstOrDefault(i => full[i] && noteLines[i].Count > 4, -1);
            if (tooLong >= 0)
            {
                full[tooLong] = false;
                continue;
            }
            var shown = panels.Sum(p => p.Figures.Count);
            caption = ChartWords.Caption(shown, selected, Publishers(panels), panels.Select(p => p.ScaleNote).OfType<string>().Concat(draft.ScaleNotes), _phrases, compact);
            captionLines = Wrap(caption, inner, noteFont);
            var legend = LegendBand.Create(Kept(draft.Legend, panels), _fonts, inner, PlotKit.LabelSize(Width));
            var top = pad + titleLines.Count * Typography.LineHeight(titleSize) + subLines.Count * Typography.LineHeight(subSize) + 3 + legend.Height;
            var bottom = pad + 4 + (noteLines.Sum(l => l.Count) + captionLines.Count) * Typography.LineHeight(noteSize) + 2 * notes.Count;
            available = Height - top - bottom;
            needed = panels.Sum(p => p.MinHeight + headingHeight + 4);
            if (needed <= available) break;
            // What gives way, in order: a long note is summarised (the longest first), the subtitle goes, the
            // caption names only the main publishers, then the panel with the fewest figures is dropped and named in a note.
            var longest = Enumerable.Range(0, notes.Count).Where(i => full[i]).OrderByDescending(i => noteLines[i].Count).FirstOrDefault(-1);
            if (longest >= 0 && noteLines[longest].Count > 1)
            {
                full[longest] = false;
                continue;
            }
            if (subLines.Count > 0)
            {
                subLines = [];
                continue;
            }
            if (!compact)
            {
                compact = true;
                continue;
            }
            if (panels.Count > 1)
            {
                var dropped = panels.OrderBy(p => p.Priority).ThenBy(p => p.Figures.Count).First();
                panels.Remove(dropped);
                // Every dropped panel is named in one note, so a small chart spends one line on them, not one each.
                var index = notes.FindIndex(n => n.Lead == _phrases.NoRoom);
                if (index < 0)
                {
                    notes.Add(new NoteDraft(_phrases.NoRoom, dropped.Figures));
                    full.Add(dropped.Figures.Count <= MaxListed);
                    terse.Add(false);
                }
                else
                {
                    notes[index] = notes[index] with { Figures = [.. notes[index].Figures, .. dropped.Figures] };
                    full[index] = full[index] && notes[index].Figures.Count <= MaxListed;
                }
                continue;
            }
            // Last, when the notes leave the one panel left less than the least plot height (it would run off the chart):
            // a note says only how many figures it is about, the longest first (more metrics make longer lists, as the
            // situation-report metrics of issue 20 showed on a 240 × 200 chart).
            var wordiest = Enumerable.Range(0, notes.Count).Where(i => !terse[i]).OrderByDescending(i => noteLines[i].Count).FirstOrDefault(-1);
            if (wordiest >= 0 && noteLines[wordiest].Count > 1 && available - panels.Count * (headingHeight + 4) < LeastPlotHeight)
            {
                terse[wordiest] = true;
                continue;
            }
            break;
        }
        if (panels.Count == 0)
            throw new FiguresException("none of the selected figures can be placed on this chart", Severity.Invalid);

        // Text blocks, top down.
        var y = pad;
        AddLines(titleLines, pad, ref y, titleSize, true, Typography.Ink);
        AddLines(subLines, pad, ref y, subSize, false, Typography.Muted);
        y += 3;
        var legendBand = LegendBand.Create(Kept(draft.Legend, panels), _fonts, inner, PlotKit.LabelSize(Width), _phrases.RightToLeft);
        if (legendBand.Plot is { } legendPlot) _plots.Add(new PlacedPlot(legendPlot, SKRect.Create(pad, y, inner, legendBand.Height)));
        foreach (var item in legendBand.Items)
        {
            // A right-to-left legend is drawn by the chart itself: its labels shaped, its entries from the right.
            _symbols.Add((item.Key, SKRect.Create(pad + item.Symbol.Left, y + item.Symbol.Top, item.Symbol.Width, item.Symbol.Height)));
            var size = PlotKit.LabelSize(Width);
            _texts.Add(new TextBlock(item.Key.Text, pad + item.TextX, y + item.Baseline, size, false, Typography.Ink,
                SKRect.Create(pad + item.TextX, y + item.Baseline - size, item.TextWidth, Typography.LineHeight(size)), Rtl(item.Key.Text)));
        }
        y += legendBand.Height;
        using var tickFont = _fonts.Regular.Font(PlotKit.LabelSize(Width));
        var left = PlotKit.Widest(panels.SelectMany(p => p.AxisLabels), tickFont) + 7;

        var heights = PanelHeights(panels, available - panels.Count * (headingHeight + 4));
        foreach (var panel in panels)
        {
            y += 4;
            AddLines([panel.Heading], pad, ref y, headingSize, true, Typography.Muted);
            var height = heights[panels.IndexOf(panel)];
            var plots = panel.Fill(new SKSize(inner, height), _fonts, left);
            var x = pad;
            for (var i = 0; i < plots.Cells.Count; i++)
            {
                var (plot, cellWidth) = plots.Cells[i];
                var w = i == plots.Cells.Count - 1 ? pad + inner - x : cellWidth;
                _plots.Add(new PlacedPlot(plot, SKRect.Create(x, y, w, height)));
                x += w;
            }
            y += height;
        }

        // The notes follow the panels; when every panel is as tall as it is useful, the room left stays below.
        y += 4;
        foreach (var lines in noteLines)
        {
            y += 2;
            AddLines(lines, pad, ref y, noteSize, false, Typography.Muted);
        }
        AddLines(captionLines, pad, ref y, noteSize, false, Typography.Muted);

        // ScottPlot draws a new plot twice on its first render (a PDF or SVG would hold every mark twice).
        // A first render onto a canvas that draws nothing, with the marks hidden so it costs little, takes that pass.
        foreach (var placed in _plots)
        {
            var r = placed.Rect;
            placed.Plot.RenderManager.ClearCanvasBeforeEachRender = false;
            var marks = placed.Plot.GetPlottables().Where(p => p.IsVisible).ToList();
            foreach (var mark in marks) mark.IsVisible = false;
            using var nothing = new SKNoDrawCanvas((int)Math.Ceiling(Width), (int)Math.Ceiling(Height));
            placed.Plot.Render(nothing, new PixelRect(r.Left, r.Right, r.Bottom, r.Top));
            foreach (var mark in marks) mark.IsVisible = true;
            // ScottPlot neither shapes nor orders right-to-left text: it lays its labels out, the chart draws them.
            if (_phrases.RightToLeft) TakeLabels(placed);
        }
        ShownCount = panels.Sum(p => p.Figures.Count);
        Footnotes = noteTexts;
        Caption = caption;
    }

    // The spare height goes to the panels by weight, none beyond its useful height; a panel gets less than its
    // minimum only when even the one panel left does not fit, and then takes what there is.
    private static float[] PanelHeights(List<PanelDraft> panels, float room)
    {
        var heights = panels.Select(p => p.MinHeight).ToArray();
        var spare = room - heights.Sum();
        if (spare < 0) return panels.Count == 1 ? [Math.Max(LeastPlotHeight, room)] : heights;
        var open = Enumerable.Range(0, panels.Count).Where(i => panels[i].MaxHeight is not { } max || max > heights[i]).ToList();
        while (spare > 0.5f && open.Count > 0)
        {
            var weights = open.Sum(i => panels[i].Weight);
            var given = 0f;
            foreach (var i in open.ToList())
            {
                var share = spare * panels[i].Weight / weights;
                var cap = panels[i].MaxHeight is { } max ? max - heights[i] : float.MaxValue;
                var add = Math.Min(share, cap);
                heights[i] += add;
                given += add;
                if (add >= cap) open.Remove(i);
            }
            spare -= given;
        }
        return heights;
    }

    // A legend entry whose figures were all left out would name something the chart does not show.
    // Whether a panel shows an entry is worked out once: the layout asks again after each change.
    private List<LegendKey> Kept(List<LegendKey> keys, List<PanelDraft> panels) =>
        keys.Where(k => k.Shows is null || panels.Any(p =>
        {
            if (!_shows.TryGetValue((k, p), out var shows)) _shows[(k, p)] = shows = p.Figures.Any(k.Shows);
            return shows;
        })).ToList();

    // The publishers of the drawn figures with their counts, counted once per panel.
    private Dictionary<string, int> Publishers(List<PanelDraft> panels)
    {
        var total = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var panel in panels)
        {
            if (!_publishers.TryGetValue(panel, out var counts)) _publishers[panel] = counts = ChartWords.CountPublishers(panel.Figures);
            foreach (var (name, count) in counts) total[name] = total.GetValueOrDefault(name) + count;
        }
        return total;
    }

    // The lines of one wrapped text, from the left (or, in a right-to-left chart, from the right) of the chart.
    private void AddLines(IReadOnlyList<string> lines, float x, ref float y, float size, bool bold, SKColor color)
    {
        var paragraph = _phrases.RightToLeft ? new WrappedParagraph(lines) : null;
        using var font = _fonts.Of(bold).Font(size);
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i];
            // The baseline sits one ascent (about 0.8 em) below the top of the line box, half the leading above.
            var baseline = y + size * (0.8f + Typography.Leading / 2);
            var width = TextShaper.Width(text, font, paragraph is null ? TextDirection.LeftToRight : TextDirection.RightToLeft);
            var left = paragraph is null ? x : Width - x - width;
            _texts.Add(new TextBlock(text, left, baseline, size, bold, color, SKRect.Create(left, y, width, Typography.LineHeight(size)), paragraph?.At(i)));
            y += Typography.LineHeight(size);
        }
    }

    private static (string Text, int Start) Rtl(string text) => (text, 0);

    // Moves the labels ScottPlot would draw (tick labels of the left and bottom axes, value labels) into the chart's
    // own text, at the places ScottPlot laid them out in the render just made, and hides them in the plot.
    private void TakeLabels(PlacedPlot placed)
    {
        var plot = placed.Plot;
        var data = plot.RenderManager.LastRender.DataRect;
        foreach (var (axis, bottom) in new[] { ((IAxis)plot.Axes.Left, false), (plot.Axes.Bottom, true) })
        {
            if (!axis.IsVisible || !axis.TickLabelStyle.IsVisible) continue;
            var size = axis.TickLabelStyle.FontSize;
            var color = axis.TickLabelStyle.ForeColor.ToSKColor();
            using var font = _fonts.Regular.Font(size);
            var metrics = font.Metrics;
            var range = (Low: Math.Min(axis.Range.Min, axis.Range.Max), High: Math.Max(axis.Range.Min, axis.Range.Max));
            foreach (var tick in axis.TickGenerator.Ticks)
            {
                if (!tick.IsMajor || string.IsNullOrEmpty(tick.Label) || tick.Position < range.Low - 1e-9 || tick.Position > range.High + 1e-9) continue;
                var pixel = axis.GetPixel(tick.Position, data);
                var lines = tick.Label.Split('\n');
                var top = bottom ? data.Bottom + axis.MajorTickStyle.Length : pixel - lines.Length * font.Spacing / 2;
                for (var i = 0; i < lines.Length; i++)
                {
                    var width = TextShaper.Width(lines[i], font, TextDirection.RightToLeft);
                    var x = bottom ? pixel - width / 2 : data.Left - axis.MajorTickStyle.Length - 3 - width;
                    var baseline = top + i * font.Spacing - metrics.Ascent;
                    _texts.Add(new TextBlock(lines[i], x, baseline, size, false, color, SKRect.Create(x, baseline + metrics.Ascent, width, font.Spacing), Rtl(lines[i])));
                }
            }
            axis.TickLabelStyle.IsVisible = false;
        }
        foreach (var label in plot.GetPlottables().OfType<ScottPlot.Plottables.Text>().ToList())
        {
            var size = label.LabelFontSize;
            using var font = _fonts.Regular.Font(size);
            var at = plot.GetPixel(label.Location);
            var width = TextShaper.Width(label.LabelText, font, TextDirection.RightToLeft);
            // Value labels are placed by their left end and middle (PlotKit.Label).
            var baseline = at.Y - (font.Metrics.Ascent + font.Metrics.Descent) / 2;
            _texts.Add(new TextBlock(label.LabelText, at.X, baseline, size, false, label.LabelFontColor.ToSKColor(),
                SKRect.Create(at.X, baseline + font.Metrics.Ascent, width, font.Spacing), Rtl(label.LabelText)));
            plot.Remove(label);
        }
    }

    private IReadOnlyList<string> Wrap(string text, float width, SKFont font)
    {
        if (text.Length == 0) return [];
        // The layout loop wraps the same caption and notes again after each change; each text is wrapped once.
        var key = (text, width, font.Size, font.Typeface);
        if (_wrapped.TryGetValue(key, out var lines)) return lines;
        return _wrapped[key] = WordWrap.Lines(text, width, s => TextShaper.Width(s, font));
    }

    private sealed record TextBlock(string Text, float X, float Baseline, float Size, bool Bold, SKColor Color, SKRect Box, (string Text, int Start)? Paragraph = null);

    private sealed record PlacedPlot(Plot Plot, SKRect Rect);
}
