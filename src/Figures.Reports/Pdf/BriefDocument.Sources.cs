using Figures.Core.Wording;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Figures.Reports.Pdf;

public sealed partial class BriefDocument
{
    private void ComposeSources()
    {
        SectionHeading("Sources");
        foreach (var source in model.Sources)
        {
            var title = source.Title.Length > 0 ? $"“{source.Title}”" : "untitled";
            var archived = source.Sample.SourceFile.Length > 0 ? $" Archived as {source.Sample.SourceFile}." : "";
            var text = $"[{source.Number}] {source.Publisher}. {title}. {source.Date}.{archived} Figures: {string.Join(", ", source.FigureIds)}.";
            _flow.Ensure(_flow.Height(text, type.Small, _flow.Width - 14) + 10);
            _flow.Paragraph(text, type.Small, type.Ink, gapAfter: 1);
            if (source.Sample.Url.Length > 0)
            {
                var lineHeight = type.LineHeight(type.Small);
                _flow.Ensure(lineHeight);
                var width = Math.Min(_flow.Width - 14, _flow.Gfx.MeasureString(source.Sample.Url, type.Small).Width);
                _flow.Gfx.DrawString(source.Sample.Url, type.Small, type.Link, new XPoint(_flow.Left + 14, _flow.Y + type.Small.Size));
                // PDF link rectangles are in PDF space: origin bottom-left.
                var top = _flow.PageSize.Height - _flow.Y;
                _flow.Page.AddWebLink(new PdfRectangle(new XRect(_flow.Left + 14, top - lineHeight, width, lineHeight)), source.Sample.Url);
                _flow.Y += lineHeight;
            }
            _flow.Y += 3;
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
        foreach (var paragraph in paragraphs) _flow.Paragraph(paragraph, type.Small, type.Ink);
    }

    private void ComposeRunningHeadersAndFooters()
    {
        var total = _document.PageCount;
        for (var i = 0; i < total; i++)
        {
            var page = _document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var width = page.Width.Point;
            var height = page.Height.Point;
            var left = 56.0;
            var right = width - 56;
            if (i > 0)
            {
                gfx.DrawString(Shorten(gfx, model.Definition.Title, right - left), type.Small, type.Muted, new XPoint(left, 36));
                gfx.DrawLine(type.Rule, left, 42, right, 42);
            }
            gfx.DrawLine(type.Rule, left, height - 44, right, height - 44);
            var footer = $"Data fingerprint {model.Fingerprint} · built {model.BuildDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
            gfx.DrawString(footer, type.Small, type.Muted, new XPoint(left, height - 32));
            gfx.DrawString($"Page {i + 1} of {total}", type.Small, type.Muted, new XPoint(right, height - 32), XStringFormats.BottomRight);
        }
    }

    private XFont SmallFont => type.Small;

    private string Shorten(XGraphics gfx, string text, double width)
    {
        if (gfx.MeasureString(text, SmallFont).Width <= width) return text;
        while (text.Length > 1 && gfx.MeasureString(text + "…", SmallFont).Width > width) text = text[..^1];
        return text + "…";
    }
}
