using Figures.Charts.Pdf;
using Figures.Core.Model;
using Figures.Core.Wording;
using Figures.Reports.Definition;
using Figures.Reports.Model;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Figures.Reports.Pdf;

/// <summary>
/// The PDF brief: one Compose method per section, in the order of OCHA situation reports.
/// Takes its model in the constructor; all styles come from <see cref="Typography"/>.
/// </summary>
public sealed partial class BriefDocument(BriefModel model, Typography type)
{
    /// <summary>The one-line caveat printed under the header of every brief.</summary>
    public const string Caveat = "Figures are as reported by the sources cited and have not been independently verified.";

    private PageFlow _flow = null!;
    private PdfDocument _document = null!;

    /// <summary>Lays out the whole brief into a new document.</summary>
    public PdfDocument Compose()
    {
        _document = PdfSetup.NewDocument();
        var size = model.Definition.Paper == PaperSize.Letter ? new XSize(612, 792) : new XSize(595.28, 841.89);
        _flow = new PageFlow(_document, size, type);
        _flow.NewPage();
        ComposeHeader();
        ComposeCaveat();
        ComposeKeyFigures();
        ComposeHighlights();
        ComposeCharts();
        ComposeDisagreements();
        ComposeFigureTable();
        ComposeSources();
        ComposeMethodNote();
        _flow.Finish();
        ComposeRunningHeadersAndFooters();
        return _document;
    }

    private void ComposeHeader()
    {
        var definition = model.Definition;
        _document.Outlines.Add("Summary", _flow.Page, true);
        _flow.Gfx.DrawRectangle(new XSolidBrush(type.Accent), _flow.Left, _flow.Y - 10, 36, 3);
        _flow.Paragraph(definition.Title, type.Title, type.Ink, gapAfter: 2);
        if (definition.Subtitle.Length > 0) _flow.Paragraph(definition.Subtitle, type.Subtitle, type.Muted, gapAfter: 8);
        var issued = definition.Issued ?? model.BuildDate;
        var facts = new List<(string Label, string Value)>
        {
            ("Area", model.AreaLabel.Length > 0 ? model.AreaLabel : "all areas in the dataset"),
            ("Period covered", model.PeriodLabel),
            ("Date of issue", PeriodWording.Date(issued)),
            ("Issued by", definition.Organisation.Length > 0 ? definition.Organisation : "not stated"),
        };
        foreach (var (label, value) in facts)
        {
            var height = _flow.TextAt(value, type.Body, type.Ink, _flow.Left + 92, _flow.Y, _flow.Width - 92);
            _flow.Gfx.DrawString(label, type.BodyBold, type.Muted, new XPoint(_flow.Left, _flow.Y + type.Body.Size));
            _flow.Y += height + 1;
        }
        _flow.Y += 6;
    }

    private void ComposeCaveat()
    {
        var height = _flow.Height(Caveat, type.Italic, _flow.Width - 16) + 10;
        _flow.Ensure(height);
        _flow.Gfx.DrawRectangle(type.Caution, _flow.Left, _flow.Y, _flow.Width, height);
        _flow.TextAt(Caveat, type.Italic, type.Ink, _flow.Left + 8, _flow.Y + 5, _flow.Width - 16);
        _flow.Y += height + type.ParagraphGap;
    }

    private void ComposeKeyFigures()
    {
        SectionHeading("Key figures");
        const double pad = 8;
        var valueWidth = 170.0;
        var detailX = _flow.Left + pad + valueWidth + 10;
        var detailWidth = _flow.Left + _flow.Width - pad - detailX;
        foreach (var key in model.KeyFigures)
        {
            var value = KeyValueText(key);
            var label = $"{MetricLabel(key)} · {PeriodWording.Describe(key.Headline)}";
            var detail = KeyDetailText(key);
            var valueHeight = _flow.Height(value, type.KeyValue, valueWidth) + _flow.Height(label, type.Small, valueWidth);
            var detailHeight = _flow.Height(detail, type.Small, detailWidth);
            var height = Math.Max(valueHeight, detailHeight) + 2 * pad;
            _flow.Ensure(height + 2);
            _flow.Gfx.DrawRectangle(type.Panel, _flow.Left, _flow.Y, _flow.Width, height);
            var y = _flow.Y + pad;
            y += _flow.TextAt(value, type.KeyValue, type.Ink, _flow.Left + pad, y, valueWidth);
            _flow.TextAt(label, type.Small, type.Muted, _flow.Left + pad, y, valueWidth);
            _flow.TextAt(detail, type.Small, type.Ink, detailX, _flow.Y + pad, detailWidth);
            _flow.Y += height + 2;
        }
        _flow.Y += type.ParagraphGap;
    }

    private string KeyValueText(KeyFigure key) =>
        key.Unit == Unit.Percent
            ? $"{Capitalise(NumberWording.Value(key.Headline))} of the population"
            : NumberWording.Describe(key.Headline);

    private string KeyDetailText(KeyFigure key)
    {
        var marks = string.Join("", key.SourceNumbers.Select(n => $"[{n}]"));
        var headline = key.Headline;
        var attribution = headline.AttributedTo is "" or "unattributed" ? "not attributed" : headline.AttributedTo;
        var lines = new List<string>
        {
            $"Said by: {attribution} — {SourceWording.Short(headline)} [{model.SourceNumberOf(headline)}]",
            $"Where: {headline.Location}",
        };
        var sources = key.SourceCount == 1 ? "1 source" : $"{key.SourceCount} sources";
        if (key.All.Count == 1)
            lines.Add($"Reported by {sources} {marks}.");
        else if (key.Min == key.Max)
            lines.Add($"All {key.All.Count} figures from {sources} give {Range(key)} {marks}.");
        else
        {
            var differ = Vocabulary.KindOf(key.Metric) == MetricKind.Flow ? " over different periods" : "";
            lines.Add($"Range across {sources}: {Range(key)}{differ} {marks}.");
        }
        if (key.Derived is { } derived)
            lines.Add($"Derived: {NumberWording.QualifierPhrase(derived.Qualifier)} {NumberWording.Number(derived.Value)} people, from {derived.How}; not a reported figure.".Replace("  ", " "));
        return string.Join("\n", lines);
    }

    private static string Range(KeyFigure key) =>
        key.Unit == Unit.Percent
            ? key.Min == key.Max ? NumberWording.Percent(key.Min) : $"{NumberWording.Percent(key.Min)} to {NumberWording.Percent(key.Max)}"
            : key.Min == key.Max ? NumberWording.Number(key.Min) : $"{NumberWording.Number(key.Min)} to {NumberWording.Number(key.Max)}";

    private void ComposeHighlights()
    {
        SectionHeading("Highlights");
        foreach (var sentence in model.Highlights)
        {
            _flow.Ensure(type.LineHeight(type.Body) * 2);
            _flow.Gfx.DrawEllipse(new XSolidBrush(type.Accent), _flow.Left + 2, _flow.Y + 4, 3.5, 3.5);
            _flow.Paragraph(sentence, type.Body, type.Ink, indent: 12);
        }
    }

    private void SectionHeading(string title)
    {
        _flow.Y += type.SectionGap;
        // Keep a heading with at least a few lines of its section.
        _flow.Ensure(type.LineHeight(type.Heading) + 4 * type.LineHeight(type.Body));
        _document.Outlines.Add(title, _flow.Page, true);
        _flow.Paragraph(title, type.Heading, new XSolidBrush(type.Accent), gapAfter: 2);
        _flow.Gfx.DrawLine(type.Rule, _flow.Left, _flow.Y, _flow.Left + _flow.Width, _flow.Y);
        _flow.Y += 6;
    }

    private static string MetricLabel(KeyFigure key) => (key.Metric, key.Unit) switch
    {
        (Metric.Displaced, _) => "newly displaced",
        (Metric.Idps, Unit.Percent) => "share living in displacement",
        (Metric.Idps, _) => "living in displacement",
        (Metric.Population, _) => "population",
        (Metric.AtRisk, _) => "at risk of displacement (projection)",
        (Metric.Killed, _) => "killed",
        (Metric.LocalitiesAttacked, _) => "towns and villages attacked",
        (Metric.Combatants, _) => "share counted as fighters",
        _ => Vocabulary.Name(key.Metric),
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
