using Figures.Core.Model;
using Figures.Core.Wording;
using Figures.Reports.Model;
using PdfSharp.Drawing;

namespace Figures.Reports.Pdf;

public sealed partial class BriefDocument
{
    private static readonly (string Header, double Share)[] TableColumns =
    [
        ("Figure", 0.20), ("Metric", 0.12), ("Location", 0.19), ("Period", 0.16), ("Attributed to", 0.17), ("ID", 0.10), ("Src", 0.06),
    ];

    private void ComposeDisagreements()
    {
        SectionHeading("Where sources disagree");
        if (model.Disagreements.Count == 0)
        {
            _flow.Paragraph("The selected figures do not contradict each other.", type.Body, type.Ink);
            return;
        }
        foreach (var disagreement in model.Disagreements)
        {
            _flow.Ensure(type.LineHeight(type.BodyBold) + 3 * type.LineHeight(type.Small));
            _flow.Paragraph(disagreement.Topic, type.BodyBold, type.Ink, gapAfter: 1);
            _flow.Paragraph(disagreement.Note, type.Small, type.Muted, gapAfter: 3);
            var rows = disagreement.Figures
                .Select(f => (Value: ShareOrValue(f), Who: $"{Attributed(f)} — {SourceWording.Short(f)} [{model.SourceNumberOf(f)}]", Quote: $"“{f.Quote}” ({f.Id})"))
                .Concat(disagreement.Derived.Select(d => (Value: $"{NumberWording.QualifierPhrase(d.Qualifier)} {(d.Unit == Unit.Percent ? NumberWording.Percent(d.Value) : NumberWording.Number(d.Value))} (derived)".Trim(),
                    Who: "worked out by Figures, not reported", Quote: d.How)))
                .ToList();
            foreach (var row in rows) SideBySideRow(row.Value, row.Who, row.Quote);
            _flow.Y += type.ParagraphGap;
        }
    }

    private void SideBySideRow(string value, string who, string quote)
    {
        const double valueWidth = 120;
        var x = _flow.Left + valueWidth + 8;
        var width = _flow.Width - valueWidth - 8;
        var height = Math.Max(_flow.Height(value, type.BodyBold, valueWidth), _flow.Height(who, type.Small, width) + _flow.Height(quote, type.Small, width)) + 6;
        _flow.Ensure(height);
        _flow.Gfx.DrawLine(type.Rule, _flow.Left, _flow.Y, _flow.Left + _flow.Width, _flow.Y);
        _flow.TextAt(value, type.BodyBold, type.Ink, _flow.Left, _flow.Y + 3, valueWidth);
        var used = _flow.TextAt(who, type.Small, type.Ink, x, _flow.Y + 3, width);
        _flow.TextAt(quote, type.Small, type.Muted, x, _flow.Y + 3 + used, width);
        _flow.Y += height;
    }

    private void ComposeFigureTable()
    {
        SectionHeading("All figures");
        var widths = TableColumns.Select(c => c.Share * _flow.Width).ToArray();
        TableHeader(widths);
        foreach (var figure in model.Figures)
        {
            string[] cells =
            [
                ValueCell(figure), Vocabulary.Name(figure.Metric).Replace('_', ' '), figure.Location, PeriodWording.Describe(figure),
                Attributed(figure), figure.Id, $"[{model.SourceNumberOf(figure)}]",
            ];
            var lines = cells.Select((c, i) => _flow.Wrap(c, type.Small, widths[i] - 6)).ToArray();
            var height = lines.Max(l => l.Count) * type.LineHeight(type.Small) + 5;
            if (_flow.Room < height)
            {
                // A row is never split: it moves whole to the next page, under a repeated header.
                _flow.NewPage();
                TableHeader(widths);
            }
            var x = _flow.Left;
            for (var i = 0; i < cells.Length; i++)
            {
                for (var l = 0; l < lines[i].Count; l++)
                    _flow.Gfx.DrawString(lines[i][l], type.Small, type.Ink, new XPoint(x + 3, _flow.Y + 2.5 + l * type.LineHeight(type.Small) + type.Small.Size));
                x += widths[i];
            }
            _flow.Y += height;
            _flow.Gfx.DrawLine(type.Rule, _flow.Left, _flow.Y, _flow.Left + _flow.Width, _flow.Y);
        }
        _flow.Y += type.ParagraphGap;
    }

    private void TableHeader(double[] widths)
    {
        var height = type.LineHeight(type.SmallBold) + 6;
        _flow.Ensure(height + type.LineHeight(type.Small) * 2 + 5);
        _flow.Gfx.DrawRectangle(type.Panel, _flow.Left, _flow.Y, _flow.Width, height);
        var x = _flow.Left;
        for (var i = 0; i < TableColumns.Length; i++)
        {
            _flow.Gfx.DrawString(TableColumns[i].Header, type.SmallBold, type.Ink, new XPoint(x + 3, _flow.Y + 3 + type.SmallBold.Size));
            x += widths[i];
        }
        _flow.Y += height;
    }

    // In a side-by-side list a share must say of what: "half are displaced", "half are fighters".
    private static string ShareOrValue(Figure figure) => figure.Unit != Unit.Percent ? NumberWording.Describe(figure) : figure.Metric switch
    {
        Metric.Idps => $"{NumberWording.Value(figure)} are displaced",
        Metric.Combatants => $"{NumberWording.Value(figure)} are fighters",
        _ => $"{NumberWording.Value(figure)} ({Vocabulary.Name(figure.Metric)})",
    };

    private static string ValueCell(Figure figure) =>
        figure.Unit == Unit.Percent ? $"{NumberWording.Value(figure)} (share)" : NumberWording.Describe(figure);

    private static string Attributed(Figure figure) =>
        figure.AttributedTo is "" or "unattributed" ? "not attributed" : figure.AttributedTo;
}
