using Figures.Charts;
using Figures.Core.Model;
using Figures.Core.Wording;
using Figures.Reports.Definition;
using Figures.Reports.Model;
using SkiaSharp;

namespace Figures.Reports.Drawing;

/// <summary>
/// The brief: one Compose method per section, laid out like an OCHA flash update. Takes its model in the
/// constructor; every style comes from <see cref="BriefStyles"/>, built on the shared typography. Laying out
/// records the pages; <see cref="BriefRenderer"/> plays them onto PDF pages or PNG images.
/// </summary>
internal sealed partial class BriefDocument(BriefModel model, BriefStyles type)
{
    /// <summary>The one-line caveat printed under the header of every brief.</summary>
    public const string Caveat = BriefWording.Caveat;

    private const int KeyColumns = 3;
    private const float KeyGap = 6;
    private const float KeyPad = 7;

    private PageFlow _flow = null!;

    private BriefWords Words => model.Phrases;

    /// <summary>The page size the definition asks for, in points.</summary>
    public static SKSize PageSizeOf(PaperSize paper) => paper == PaperSize.Letter ? new SKSize(612, 792) : new SKSize(595.28f, 841.89f);

    /// <summary>Lays out the whole brief; the caller owns (and disposes) the flow that holds the pages.</summary>
    public PageFlow Compose()
    {
        _flow = new PageFlow(PageSizeOf(model.Definition.Paper), model.Words.RightToLeft);
        _flow.NewPage();
        ComposeHeader();
        ComposeCaveat();
        ComposeKeyFigures();
        ComposeOverview();
        ComposeCharts();
        ComposeDisagreements();
        ComposeFigureTable();
        ComposeSources();
        ComposeMethodNote();
        return _flow;
    }

    private void ComposeHeader()
    {
        var definition = model.Definition;
        _flow.Fill(_flow.Left, _flow.Y - 10, 36, 3, Typography.Accent);
        _flow.Paragraph(definition.Title, type.Title, gapAfter: 2);
        if (definition.Subtitle.Length > 0) _flow.Paragraph(definition.Subtitle, type.Subtitle, gapAfter: 6);
        var labels = Words.Facts;
        var facts = new List<(string Label, string Value)>
        {
            (labels.Area, model.AreaLabel.Length > 0 ? model.AreaLabel : Words.AllAreas),
            (labels.Period, model.PeriodLabel),
            (labels.Issued, PeriodWording.Date(model.Issued, model.Words)),
            (labels.IssuedBy, definition.Organisation.Length > 0 ? definition.Organisation : Words.NotStated),
        };
        foreach (var (label, value) in facts)
        {
            var height = _flow.TextAt(value, type.Body, _flow.Left + 92, _flow.Y, _flow.Width - 92);
            _flow.Line(label, type.BodyMuted, _flow.Left, _flow.Y);
            _flow.Y += height;
        }
        _flow.Y += 6;
    }

    private void ComposeCaveat()
    {
        var notice = model.AgeNotice;
        var width = _flow.Width - 16;
        var caveat = Words.Caveat;
        var height = PageFlow.Height(caveat, type.Body, width) + (notice is null ? 0 : PageFlow.Height(notice, type.BodyBold, width) + 2) + 10;
        _flow.Ensure(height);
        _flow.Fill(_flow.Left, _flow.Y, _flow.Width, height, Typography.Caution);
        var y = _flow.Y + 5;
        if (notice is not null) y += _flow.TextAt(notice, type.BodyBold, _flow.Left + 8, y, width) + 2;
        _flow.TextAt(caveat, type.Body, _flow.Left + 8, y, width);
        _flow.Y += height + BriefStyles.ParagraphGap;
    }

    private void ComposeKeyFigures()
    {
        if (model.KeyFigures.Count == 0) return;
        var cellWidth = (_flow.Width - (KeyColumns - 1) * KeyGap) / KeyColumns;
        var cells = model.KeyFigures.Select(KeyCell).ToList();
        var first = true;
        for (var row = 0; row < cells.Count; row += KeyColumns)
        {
            var rowCells = cells.Skip(row).Take(KeyColumns).ToList();
            var height = rowCells.Max(c => CellHeight(c, cellWidth - 2 * KeyPad)) + 2 * KeyPad;
            if (first)
            {
                SectionHeading(Words.Headings.KeyFigures, height);
                first = false;
            }
            _flow.Ensure(height);
            for (var i = 0; i < rowCells.Count; i++)
            {
                var x = _flow.Left + i * (cellWidth + KeyGap);
                _flow.Fill(x, _flow.Y, cellWidth, height, Typography.Panel);
                DrawCell(rowCells[i], x + KeyPad, _flow.Y + KeyPad, cellWidth - 2 * KeyPad);
            }
            _flow.Y += height + KeyGap;
        }
        _flow.Y += BriefStyles.ParagraphGap - KeyGap;
    }

    // A key figure box: the value with its qualifier, what it counts, when, who said it; then what all sources give.
    private (string Value, string What, string When, string Who, string? Spread, string? Derived) KeyCell(KeyFigure key)
    {
        var headline = key.Headline;
        var marks = string.Concat(key.SourceNumbers.Select(Mark));
        var spread = BriefWording.KeySpread(key, Words) is { } all ? $"{all} {marks}" : null;
        return (BriefWording.KeyValue(key, Words), BriefWording.KeyNoun(key, Words), PeriodWording.Describe(headline, model.Words),
            $"{Attribution.Who(headline, model.Words)} {Mark(model.SourceNumberOf(headline))}", spread, BriefWording.KeyDerived(key, Words));
    }

    private float CellHeight((string Value, string What, string When, string Who, string? Spread, string? Derived) cell, float width) =>
        PageFlow.Height(cell.Value, type.KeyValue, width) + PageFlow.Height(cell.What, type.BodyBold, width) + 2
        + PageFlow.Height(cell.When, type.SmallMuted, width) + PageFlow.Height(cell.Who, type.Small, width)
        + (cell.Spread is null ? 0 : PageFlow.Height(cell.Spread, type.SmallMuted, width) + 3)
        + (cell.Derived is null ? 0 : PageFlow.Height(cell.Derived, type.SmallMuted, width) + 3);

    private void DrawCell((string Value, string What, string When, string Who, string? Spread, string? Derived) cell, float x, float y, float width)
    {
        y += _flow.TextAt(cell.Value, type.KeyValue, x, y, width);
        y += _flow.TextAt(cell.What, type.BodyBold, x, y, width) + 2;
        y += _flow.TextAt(cell.When, type.SmallMuted, x, y, width);
        y += _flow.TextAt(cell.Who, type.Small, x, y, width);
        if (cell.Spread is not null) y += 3 + _flow.TextAt(cell.Spread, type.SmallMuted, x, y + 3, width);
        if (cell.Derived is not null) _flow.TextAt(cell.Derived, type.SmallMuted, x, y + 3, width);
    }

    private void ComposeOverview()
    {
        if (model.Highlights.Count == 0) return;
        SectionHeading(Words.Headings.Overview, 2 * type.Body.LineHeight);
        foreach (var sentence in model.Highlights)
        {
            _flow.Ensure(type.Body.LineHeight * 2);
            using (var paint = new SKPaint { Color = Typography.Accent, IsAntialias = true })
                _flow.Canvas.DrawCircle(_flow.X(_flow.Left + 3.5f, 0), _flow.Y + type.Body.LineHeight / 2, 1.8f, paint);
            _flow.Paragraph(sentence, type.Body, indent: 12, gapAfter: 3);
        }
    }

    // A source mark, "[3]", in the brief's digits.
    private string Mark(int number) => $"[{model.Words.Digits(number.ToString(System.Globalization.CultureInfo.InvariantCulture))}]";

    /// <summary>A section heading, kept on one page with the first <paramref name="keepWith"/> points of its section.</summary>
    private void SectionHeading(string title, float keepWith)
    {
        _flow.Y += BriefStyles.SectionGap;
        _flow.Ensure(type.Heading.LineHeight + 8 + keepWith);
        _flow.Paragraph(title, type.Heading, gapAfter: 2);
        _flow.Rule(_flow.Y, Typography.Rule);
        _flow.Y += 6;
    }
}
