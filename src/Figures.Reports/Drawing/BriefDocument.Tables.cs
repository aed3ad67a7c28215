using Figures.Charts;
using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Reports.Drawing;

internal sealed partial class BriefDocument
{
    private static readonly (string Header, float Share)[] TableColumns =
    [
        ("Figure", 0.20f), ("Metric", 0.12f), ("Location", 0.19f), ("Period", 0.16f), ("Attributed to", 0.17f), ("ID", 0.10f), ("Src", 0.06f),
    ];

    private void ComposeDisagreements()
    {
        SectionHeading("Where sources disagree");
        if (model.Disagreements.Count == 0)
        {
            _flow.Paragraph("The selected figures do not contradict each other.", type.Body);
            return;
        }
        foreach (var disagreement in model.Disagreements)
        {
            _flow.Ensure(type.BodyBold.LineHeight + 3 * type.Small.LineHeight);
            _flow.Paragraph(disagreement.Topic, type.BodyBold, gapAfter: 1);
            _flow.Paragraph(disagreement.Note, type.SmallMuted, gapAfter: 3);
            var rows = disagreement.Figures
                .Select(f => (Value: ShareOrValue(f), Who: $"{Attributed(f)} — {SourceWording.Short(f)} [{model.SourceNumberOf(f)}]", Quote: $"“{f.Quote}” ({f.Id})"))
                .Concat(disagreement.Derived.Select(d => (Value: $"{NumberWording.QualifierPhrase(d.Qualifier)} {(d.Unit == Unit.Percent ? NumberWording.Percent(d.Value) : NumberWording.Number(d.Value))} (derived)".Trim(),
                    Who: "worked out by Figures, not reported", Quote: d.How)))
                .ToList();
            foreach (var row in rows) SideBySideRow(row.Value, row.Who, row.Quote);
            _flow.Y += BriefStyles.ParagraphGap;
        }
    }

    private void SideBySideRow(string value, string who, string quote)
    {
        const float valueWidth = 120;
        var x = _flow.Left + valueWidth + 8;
        var width = _flow.Width - valueWidth - 8;
        var height = Math.Max(PageFlow.Height(value, type.BodyBold, valueWidth), PageFlow.Height(who, type.Small, width) + PageFlow.Height(quote, type.SmallMuted, width)) + 6;
        _flow.Ensure(height);
        _flow.Rule(_flow.Y, Typography.Rule);
        _flow.TextAt(value, type.BodyBold, _flow.Left, _flow.Y + 3, valueWidth);
        var used = _flow.TextAt(who, type.Small, x, _flow.Y + 3, width);
        _flow.TextAt(quote, type.SmallMuted, x, _flow.Y + 3 + used, width);
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
            var lines = cells.Select((c, i) => type.Small.Wrap(c, widths[i] - 6)).ToArray();
            TableRow(lines, widths);
        }
        _flow.Y += BriefStyles.ParagraphGap;
    }

    // A row is never split: it moves whole to the next page, under a repeated header. Only a row taller
    // than a whole page (a hostile 20,000-character cell) continues on the next page, so no text is lost.
    private void TableRow(IReadOnlyList<string>[] lines, float[] widths)
    {
        const float pad = 2.5f;
        var lineHeight = type.Small.LineHeight;
        var rowLines = lines.Max(l => l.Count);
        if (_flow.Room < rowLines * lineHeight + 2 * pad)
        {
            _flow.NewPage();
            TableHeader(widths);
        }
        for (var first = 0; first < rowLines;)
        {
            var fit = Math.Max(1, (int)((_flow.Room - 2 * pad) / lineHeight));
            var count = Math.Min(fit, rowLines - first);
            var x = _flow.Left;
            for (var i = 0; i < lines.Length; i++)
            {
                for (var l = first; l < Math.Min(first + count, lines[i].Count); l++)
                    _flow.Line(lines[i][l], type.Small, x + 3, _flow.Y + pad + (l - first) * lineHeight);
                x += widths[i];
            }
            _flow.Y += count * lineHeight + 2 * pad;
            first += count;
            if (first < rowLines)
            {
                _flow.NewPage();
                TableHeader(widths);
            }
        }
        _flow.Rule(_flow.Y, Typography.Rule);
    }

    private void TableHeader(float[] widths)
    {
        var height = type.SmallBold.LineHeight + 6;
        _flow.Ensure(height + type.Small.LineHeight * 2 + 5);
        _flow.Fill(_flow.Left, _flow.Y, _flow.Width, height, Typography.Panel);
        var x = _flow.Left;
        for (var i = 0; i < TableColumns.Length; i++)
        {
            _flow.Line(TableColumns[i].Header, type.SmallBold, x + 3, _flow.Y + 3);
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
}
