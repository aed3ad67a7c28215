using Figures.Charts;
using Figures.Core.Model;
using Figures.Core.Wording;
using Figures.Reports.Model;

namespace Figures.Reports.Drawing;

internal sealed partial class BriefDocument
{
    private static readonly float[] ColumnShares = [0.20f, 0.13f, 0.18f, 0.18f, 0.13f, 0.12f, 0.06f];

    private void ComposeDisagreements()
    {
        if (model.Disagreements.Count == 0) return;
        SectionHeading(Words.Headings.Disagreements, type.BodyBold.LineHeight + 3 * type.Small.LineHeight);
        foreach (var disagreement in model.Disagreements)
        {
            _flow.Ensure(type.BodyBold.LineHeight + 4 * type.Small.LineHeight);
            _flow.Paragraph(disagreement.Topic, type.BodyBold, gapAfter: 1);
            _flow.Paragraph(disagreement.Note, type.SmallMuted, gapAfter: 3);
            var quoted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var figure in disagreement.Figures)
            {
                var standing = model.Disputed.Contains(figure) ? Words.DisputedNote : "";
                // One article often states two of these figures in one sentence: it is quoted once.
                var quote = quoted.Add(figure.Quote.Trim()) ? figure.Quote.Trim() : null;
                SideBySideRow(BriefWording.ShareOrValue(figure, Words),
                    $"{Attribution.Who(figure, model.Words)} — {SourceWording.Short(figure, model.Words)} {Mark(model.SourceNumberOf(figure))}", quote, standing);
            }
            foreach (var derived in disagreement.Derived)
            {
                SideBySideRow(BriefWording.Derived(derived, Words), Words.WorkedOut, Words.From(derived.How), "", plain: true);
            }
            _flow.Y += BriefStyles.ParagraphGap;
        }
    }

    // A quote is verbatim in its source's language: in a brief of another direction (English in Arabic) it is its own
    // left-to-right paragraph, introduced as the source's words in their language. Null: the sentence quoted above.
    private void SideBySideRow(string value, string who, string? quote, string standing, bool plain = false)
    {
        const float valueWidth = 118;
        var x = _flow.Left + valueWidth + 8;
        var width = _flow.Width - valueWidth - 8;
        var foreign = !plain && quote is not null && type.Direction == TextDirection.RightToLeft && TextShaper.DirectionOf(quote) == TextDirection.LeftToRight;
        var lead = foreign ? Words.OriginalLanguage : null;
        var shown = quote is null ? Words.SameSentence : plain ? quote : foreign ? $"“{quote}”" : model.Words.Quote(quote);
        var quoteStyle = foreign ? type.ForeignQuote : type.SmallMuted;
        var right = PageFlow.Height(who, type.Small, width) + PageFlow.Height(shown, quoteStyle, width)
            + (lead is null ? 0 : PageFlow.Height(lead, type.SmallMuted, width))
            + (standing.Length > 0 ? PageFlow.Height(standing, type.SmallBold, width) : 0);
        var height = Math.Max(PageFlow.Height(value, type.BodyBold, valueWidth), right) + 6;
        _flow.Ensure(height);
        _flow.Rule(_flow.Y, Typography.Rule);
        _flow.TextAt(value, type.BodyBold, _flow.Left, _flow.Y + 3, valueWidth);
        var y = _flow.Y + 3 + _flow.TextAt(who, type.Small, x, _flow.Y + 3, width);
        if (lead is not null) y += _flow.TextAt(lead, type.SmallMuted, x, y, width);
        y += _flow.TextAt(shown, quoteStyle, x, y, width);
        if (standing.Length > 0) _flow.TextAt(standing, type.SmallBold, x, y, width);
        _flow.Y += height;
    }

    private void ComposeFigureTable()
    {
        var widths = ColumnShares.Select(share => share * _flow.Width).ToArray();
        SectionHeading(Words.Headings.AllFigures, type.SmallBold.LineHeight + 6 + 2 * type.Small.LineHeight + 5);
        TableHeader(widths);
        foreach (var figure in model.Figures)
        {
            string[] cells =
            [
                BriefWording.TableValue(figure, model.Disputed.Contains(figure), Words), MetricWording.Label(figure.Metric, figure.Unit, model.Words),
                figure.Location.Length > 0 ? model.Words.Place(figure.Location) : Words.NotStated,
                PeriodWording.Describe(figure, model.Words), Attribution.Who(figure, model.Words), figure.Id, Mark(model.SourceNumberOf(figure)),
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
        var paragraphs = lines.Select(_flow.Lines).ToArray();
        for (var first = 0; first < rowLines;)
        {
            var fit = Math.Max(1, (int)((_flow.Room - 2 * pad) / lineHeight));
            var count = Math.Min(fit, rowLines - first);
            var x = _flow.Left;
            for (var i = 0; i < lines.Length; i++)
            {
                for (var l = first; l < Math.Min(first + count, lines[i].Count); l++)
                    _flow.Line(lines[i][l], type.Small, x + 3, _flow.Y + pad + (l - first) * lineHeight, paragraphs[i]?.At(l));
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
        for (var i = 0; i < widths.Length; i++)
        {
            _flow.Line(Words.TableHeaders[i], type.SmallBold, x + 3, _flow.Y + 3);
            x += widths[i];
        }
        _flow.Y += height;
    }
}
