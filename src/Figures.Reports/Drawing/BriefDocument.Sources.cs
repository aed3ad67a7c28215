using System.Globalization;
using Figures.Charts;
using Figures.Core.Wording;
using SkiaSharp;

namespace Figures.Reports.Drawing;

internal sealed partial class BriefDocument
{
    private void ComposeSources()
    {
        SectionHeading("Sources");
        foreach (var source in model.Sources)
        {
            var title = source.Title.Length > 0 ? $"“{source.Title}”" : "untitled";
            var archived = source.Sample.SourceFile.Length > 0 ? $" Archived as {source.Sample.SourceFile}." : "";
            var text = $"[{source.Number}] {source.Publisher}. {title}. {source.Date}.{archived} Figures: {string.Join(", ", source.FigureIds)}.";
            _flow.Ensure(PageFlow.Height(text, type.Small, _flow.Width) + 10);
            _flow.Paragraph(text, type.Small, gapAfter: 1);
            if (source.Sample.Url.Length > 0) ComposeLink(source.Sample.Url, indent: 14);
            _flow.Y += 3;
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
        SectionHeading("Method note");
        string[] paragraphs =
        [
            "How figures are curated. Every figure in this brief is one row of the Figures dataset: one number from one article, with the article's exact words. A curator reads each article, records every count of people, households or localities, every death toll and every proportion, and checks that the quoted words state the number. The tool refuses a row whose quote does not contain its figure. Dates, publishers and periods are recorded only when the article states them; otherwise they are left empty and the dataset's notes say what the text does tell.",
            "What the qualifiers mean. \"More than\" and \"at least\" give a lower bound; \"up to\" and \"less than\" an upper bound; \"about\" covers \"some\", \"around\", \"nearly\" and \"estimated\". This brief repeats the source's qualifier with every number and never rounds a figure into something the source did not say. A proportion (\"about half\") is kept as a proportion.",
            "What \"derived\" means. A derived value is worked out by Figures from reported figures of the same article and place, such as a share of a population turned into a number of people. It is shown only to help compare sources, is always labelled \"derived\" with the figures it comes from, and is never a reported figure.",
            "Which figure is quoted. For each measure, the key figure is the most recent dated one, preferring figures the source attributes to a named body. The range shows every figure of that measure in the brief. Undated figures are included and labelled \"date not stated\", because nothing shows they fall outside the period.",
            $"Data. Built from the dataset file with fingerprint {model.Fingerprint} on {PeriodWording.Date(model.BuildDate)}. The fingerprint changes whenever the dataset changes, so two briefs with the same fingerprint rest on the same figures.",
        ];
        foreach (var paragraph in paragraphs) _flow.Paragraph(paragraph, type.Small);
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
        var footer = $"Data fingerprint {model.Fingerprint} · issued {model.BuildDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        TextShaper.Draw(canvas, footer, left, page.Height - 32, style.Font, style.Paint);
        var pageText = $"Page {number} of {total}";
        TextShaper.Draw(canvas, pageText, right - style.Width(pageText), page.Height - 32, style.Font, style.Paint);
    }
}
