using Figures.Charts;
using Figures.Core.Wording;
using Figures.Reports.Model;
using SkiaSharp;

namespace Figures.Reports.Drawing;

internal sealed partial class BriefDocument
{
    private void ComposeSources()
    {
        SectionHeading("Sources", 2 * type.Small.LineHeight);
        foreach (var source in model.Sources)
        {
            var title = source.Title.Length > 0 ? $"“{source.Title}”" : "untitled";
            var archived = source.Sample.SourceFile.Length > 0 ? $" Archived as {source.Sample.SourceFile}." : "";
            var text = $"[{source.Number}] {source.Publisher}. {title}. {source.Date}.{archived} Figures: {string.Join(", ", source.FigureIds)}.";
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
            var rect = new SKRect(_flow.Left + indent, _flow.Y, _flow.Left + indent + type.Link.Width(line), _flow.Y + type.Link.LineHeight);
            _flow.Canvas.DrawUrlAnnotation(rect, url);
            _flow.Y += type.Link.LineHeight;
        }
    }

    private void ComposeMethodNote()
    {
        SectionHeading("Method note", 3 * type.Small.LineHeight);
        foreach (var (heading, text) in BriefWording.MethodNote(model)) _flow.RunInParagraph(heading, type.SmallBold, text, type.Small);
    }

    /// <summary>The running header (from page 2) and the footer with "Page X of Y", drawn when the page count is known.</summary>
    public void ComposePageFrame(SKCanvas canvas, SKSize page, int number, int total)
    {
        var left = PageFlow.MarginX;
        var right = page.Width - PageFlow.MarginX;
        using var rule = new SKPaint { Color = Typography.Rule, StrokeWidth = 0.5f, IsStroke = true, IsAntialias = true };
        var style = type.SmallMuted;
        if (number > 1)
        {
            // The title on one line; a title too long for it keeps its first line, and says it was cut.
            var lines = style.Wrap(model.Definition.Title, right - left - style.Width(" …"));
            var header = lines.Count > 1 ? lines[0] + " …" : lines[0];
            TextShaper.Draw(canvas, header, left, 36, style.Font, style.Paint);
            canvas.DrawLine(left, 42, right, 42, rule);
        }
        canvas.DrawLine(left, page.Height - 44, right, page.Height - 44, rule);
        var footer = $"Issued {PeriodWording.Date(model.Issued)} · data fingerprint {model.Fingerprint}";
        TextShaper.Draw(canvas, footer, left, page.Height - 32, style.Font, style.Paint);
        var pageText = $"Page {number} of {total}";
        TextShaper.Draw(canvas, pageText, right - style.Width(pageText), page.Height - 32, style.Font, style.Paint);
    }
}
