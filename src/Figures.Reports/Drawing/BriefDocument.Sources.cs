using Figures.Charts;
using Figures.Core.Wording;
using Figures.Reports.Model;
using SkiaSharp;

namespace Figures.Reports.Drawing;

internal sealed partial class BriefDocument
{
    private void ComposeSources()
    {
        SectionHeading(Words.Headings.Sources, 2 * type.Small.LineHeight);
        foreach (var source in model.Sources)
        {
            var text = Words.SourceLine(source.Number, source.PublisherIn(Words), source.Title, source.DateIn(Words), source.Sample.SourceFile, source.FigureIds);
            _flow.Ensure(PageFlow.Height(text, type.Small, _flow.Width) + 4);
            _flow.Paragraph(text, type.Small, gapAfter: 1);
            if (source.Sample.Url.Length > 0) ComposeLink(source.Sample.Url, indent: 14);
            _flow.Y += 2;
        }
    }

    // A source's address, drawn as text and made clickable: a URL annotation over each of its lines.
    private void ComposeLink(string url, float indent)
    {
        foreach (var line in type.Link.Wrap(url, _flow.Width - indent))
        {
            _flow.Ensure(type.Link.LineHeight);
            _flow.Line(line, type.Link, _flow.Left + indent, _flow.Y);
            var width = type.Link.Width(line);
            var rect = SKRect.Create(_flow.X(_flow.Left + indent, width), _flow.Y, width, type.Link.LineHeight);
            _flow.Canvas.DrawUrlAnnotation(rect, url);
            _flow.Y += type.Link.LineHeight;
        }
    }

    private void ComposeMethodNote()
    {
        SectionHeading(Words.Headings.MethodNote, 3 * type.Small.LineHeight);
        foreach (var (heading, text) in BriefWording.MethodNote(model)) _flow.RunInParagraph(heading, type.SmallBold, text, type.Small);
    }

    /// <summary>The running header (from page 2) and the footer with "Page X of Y", drawn when the page count is known.</summary>
    public void ComposePageFrame(SKCanvas canvas, SKSize page, int number, int total)
    {
        var left = PageFlow.MarginX;
        var right = page.Width - PageFlow.MarginX;
        var rtl = model.Words.RightToLeft;
        using var rule = new SKPaint { Color = Typography.Rule, StrokeWidth = 0.5f, IsStroke = true, IsAntialias = true };
        var style = type.SmallMuted;
        if (number > 1)
        {
            // The title on one line; a title too long for it keeps its first line, and says it was cut.
            var lines = style.Wrap(model.Definition.Title, right - left - style.Width(" …"));
            var header = lines.Count > 1 ? lines[0] + " …" : lines[0];
            TextShaper.Draw(canvas, header, PageFlow.Mirror(page.Width, rtl, left, style.Width(header)), 36, style.Font, style.Paint, style.Direction);
            canvas.DrawLine(left, 42, right, 42, rule);
        }
        canvas.DrawLine(left, page.Height - 44, right, page.Height - 44, rule);
        var footer = Words.Footer(PeriodWording.Date(model.Issued, model.Words), model.Fingerprint);
        TextShaper.Draw(canvas, footer, PageFlow.Mirror(page.Width, rtl, left, style.Width(footer)), page.Height - 32, style.Font, style.Paint, style.Direction);
        var pageText = Words.PageOf(number, total);
        var pageWidth = style.Width(pageText);
        TextShaper.Draw(canvas, pageText, PageFlow.Mirror(page.Width, rtl, right - pageWidth, pageWidth), page.Height - 32, style.Font, style.Paint, style.Direction);
    }
}
