using Figures.Charts;
using Figures.Core.Model;
using Figures.Core.Wording;
using Figures.Reports.Definition;
using Figures.Reports.Model;
using SkiaSharp;

namespace Figures.Reports.Drawing;

/// <summary>
/// The brief: one Compose method per section, in the order of OCHA situation reports. Takes its model in
/// the constructor; every style comes from <see cref="BriefStyles"/>, built on the shared typography.
/// Laying out records the pages; <see cref="BriefRenderer"/> plays them onto PDF pages or PNG images.
/// </summary>
internal sealed partial class BriefDocument(BriefModel model, BriefStyles type)
{
    /// <summary>The one-line caveat printed under the header of every brief.</summary>
    public const string Caveat = "Figures are as reported by the sources cited and have not been independently verified.";

    private PageFlow _flow = null!;

    /// <summary>The page size the definition asks for, in points.</summary>
    public static SKSize PageSizeOf(PaperSize paper) => paper == PaperSize.Letter ? new SKSize(612, 792) : new SKSize(595.28f, 841.89f);

    /// <summary>Lays out the whole brief; the caller owns (and disposes) the flow that holds the pages.</summary>
    public PageFlow Compose()
    {
        _flow = new PageFlow(PageSizeOf(model.Definition.Paper));
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
        return _flow;
    }

    private void ComposeHeader()
    {
        var definition = model.Definition;
        _flow.Fill(_flow.Left, _flow.Y - 10, 36, 3, Typography.Accent);
        _flow.Paragraph(definition.Title, type.Title, gapAfter: 2);
        if (definition.Subtitle.Length > 0) _flow.Paragraph(definition.Subtitle, type.Subtitle, gapAfter: 8);
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
            var height = _flow.TextAt(value, type.Body, _flow.Left + 92, _flow.Y, _flow.Width - 92);
            _flow.Line(label, type.BodyMuted, _flow.Left, _flow.Y);
            _flow.Y += height + 1;
        }
        _flow.Y += 6;
    }

    private void ComposeCaveat()
    {
        var height = PageFlow.Height(Caveat, type.Body, _flow.Width - 16) + 10;
        _flow.Ensure(height);
        _flow.Fill(_flow.Left, _flow.Y, _flow.Width, height, Typography.Caution);
        _flow.TextAt(Caveat, type.Body, _flow.Left + 8, _flow.Y + 5, _flow.Width - 16);
        _flow.Y += height + BriefStyles.ParagraphGap;
    }

    private void ComposeKeyFigures()
    {
        SectionHeading("Key figures");
        const float pad = 8;
        const float valueWidth = 170;
        var detailX = _flow.Left + pad + valueWidth + 10;
        var detailWidth = _flow.Right - pad - detailX;
        foreach (var key in model.KeyFigures)
        {
            var value = KeyValueText(key);
            var label = $"{MetricLabel(key)} · {PeriodWording.Describe(key.Headline)}";
            var detail = KeyDetailText(key);
            var valueHeight = PageFlow.Height(value, type.KeyValue, valueWidth) + PageFlow.Height(label, type.SmallMuted, valueWidth);
            var detailHeight = PageFlow.Height(detail, type.Small, detailWidth);
            var height = Math.Max(valueHeight, detailHeight) + 2 * pad;
            _flow.Ensure(height + 2);
            _flow.Fill(_flow.Left, _flow.Y, _flow.Width, height, Typography.Panel);
            var y = _flow.Y + pad;
            y += _flow.TextAt(value, type.KeyValue, _flow.Left + pad, y, valueWidth);
            _flow.TextAt(label, type.SmallMuted, _flow.Left + pad, y, valueWidth);
            _flow.TextAt(detail, type.Small, detailX, _flow.Y + pad, detailWidth);
            _flow.Y += height + 2;
        }
        _flow.Y += BriefStyles.ParagraphGap;
    }

    private static string KeyValueText(KeyFigure key) =>
        key.Unit == Unit.Percent
            ? $"{Capitalise(NumberWording.Value(key.Headline))} of the population"
            : NumberWording.Describe(key.Headline);

    private string KeyDetailText(KeyFigure key)
    {
        var marks = string.Join("", key.SourceNumbers.Select(n => $"[{n}]"));
        var headline = key.Headline;
        var lines = new List<string>
        {
            $"Said by: {Attributed(headline)} — {SourceWording.Short(headline)} [{model.SourceNumberOf(headline)}]",
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
            _flow.Ensure(type.Body.LineHeight * 2);
            using (var paint = new SKPaint { Color = Typography.Accent, IsAntialias = true })
                _flow.Canvas.DrawCircle(_flow.Left + 3.5f, _flow.Y + type.Body.LineHeight / 2, 1.8f, paint);
            _flow.Paragraph(sentence, type.Body, indent: 12);
        }
    }

    private void SectionHeading(string title)
    {
        _flow.Y += BriefStyles.SectionGap;
        // Keep a heading with at least a few lines of its section.
        _flow.Ensure(type.Heading.LineHeight + 4 * type.Body.LineHeight);
        _flow.Paragraph(title, type.Heading, gapAfter: 2);
        _flow.Rule(_flow.Y, Typography.Rule);
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

    private static string Attributed(Figure figure) =>
        figure.AttributedTo is "" or "unattributed" ? "not attributed" : figure.AttributedTo;

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
