using System.Text;
using Figures.Charts;
using Figures.Core.Wording;
using Figures.Reports.Model;

namespace Figures.Reports.Html;

/// <summary>
/// The page, one Compose method per section in the brief's order. Every text goes through
/// <see cref="HtmlText"/>; every number and date through the shared wording (NumberWording, PeriodWording,
/// BriefWording), so the page says what the PDF says.
/// </summary>
internal sealed partial class HtmlReportDocument(BriefModel model, Func<ChartRequest, string> chartSvg)
{
    private readonly StringBuilder _html = new();

    /// <summary>The whole page.</summary>
    public string Compose()
    {
        var title = model.Definition.Title.Length > 0 ? model.Definition.Title : "Figures report";
        _html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        _html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Attribute(HtmlAssets.ContentSecurityPolicy).Append("\">\n");
        _html.Append("<meta name=\"referrer\" content=\"no-referrer\">\n");
        _html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        _html.Append("<meta name=\"generator\" content=\"Figures\">\n");
        _html.Append("<title>").Text(title).Append("</title>\n");
        _html.Append("<style>").Append(HtmlAssets.Style).Append("</style>\n</head>\n<body>\n");
        _html.Append("<a class=\"skip\" href=\"#all-figures\">Skip to the table of all figures</a>\n");
        ComposeHeader(title);
        _html.Append("<main>\n");
        ComposeCaveat();
        ComposeKeyFigures();
        ComposeOverview();
        ComposeCharts();
        ComposeDisagreements();
        ComposeFigureTable();
        ComposeSources();
        ComposeMethodNote();
        _html.Append("</main>\n");
        ComposeFooter();
        _html.Append("<script>").Append(HtmlAssets.Script).Append("</script>\n</body>\n</html>\n");
        return _html.ToString();
    }

    private void ComposeHeader(string title)
    {
        var definition = model.Definition;
        _html.Append("<header>\n<h1>").Text(title).Append("</h1>\n");
        if (definition.Subtitle.Length > 0) _html.Append("<p class=\"subtitle\">").Text(definition.Subtitle).Append("</p>\n");
        _html.Append("<dl class=\"facts\">\n");
        Fact("Area", model.AreaLabel.Length > 0 ? model.AreaLabel : "all areas in the dataset");
        Fact("Period covered", model.PeriodLabel);
        Fact("Date of issue", PeriodWording.Date(model.Issued));
        Fact("Issued by", definition.Organisation.Length > 0 ? definition.Organisation : "not stated");
        _html.Append("<dt>Dataset fingerprint</dt><dd><code>").Text(model.Fingerprint).Append("</code></dd>\n");
        _html.Append("</dl>\n</header>\n");
    }

    private void Fact(string label, string value) => _html.Append("<dt>").Text(label).Append("</dt><dd>").Text(value).Append("</dd>\n");

    private void ComposeCaveat()
    {
        _html.Append("<div class=\"caveat\" role=\"note\">\n");
        if (model.AgeNotice is { } notice) _html.Append("<p><strong>").Text(notice).Append("</strong></p>\n");
        _html.Append("<p>").Text(BriefWording.Caveat).Append("</p>\n</div>\n");
    }

    private void ComposeKeyFigures()
    {
        if (model.KeyFigures.Count == 0) return;
        SectionStart("key-figures", "Key figures");
        _html.Append("<ul class=\"keys\">\n");
        foreach (var key in model.KeyFigures)
        {
            var headline = key.Headline;
            _html.Append("<li class=\"key\">\n<p class=\"value\">").Text(BriefWording.KeyValue(key)).Append("</p>\n");
            _html.Append("<p class=\"what\">").Text(BriefWording.KeyNoun(key)).Append("</p>\n");
            _html.Append("<p class=\"when\">").Text(PeriodWording.Describe(headline)).Append("</p>\n");
            _html.Append("<p class=\"who\">").Text(Attribution.Who(headline)).Append(' ');
            SourceMark(model.SourceNumberOf(headline));
            _html.Append("</p>\n");
            if (BriefWording.KeySpread(key) is { } spread)
            {
                _html.Append("<p class=\"spread\">").Text(spread);
                foreach (var number in key.SourceNumbers)
                {
                    _html.Append(' ');
                    SourceMark(number);
                }
                _html.Append("</p>\n");
            }
            if (BriefWording.KeyDerived(key) is { } derived) _html.Append("<p class=\"derived\">").Text(derived).Append("</p>\n");
            _html.Append("</li>\n");
        }
        _html.Append("</ul>\n</section>\n");
    }

    private void ComposeOverview()
    {
        if (model.Highlights.Count == 0) return;
        SectionStart("overview", "Situation overview");
        _html.Append("<ul>\n");
        foreach (var sentence in model.Highlights) _html.Append("<li>").Text(sentence).Append("</li>\n");
        _html.Append("</ul>\n</section>\n");
    }

    private void ComposeCharts()
    {
        var requests = BriefCharts.Requests(model, HtmlReport.ChartWidth);
        if (requests.Count == 0) return;
        SectionStart("charts", "Charts", "charts");
        for (var i = 0; i < requests.Count; i++)
            _html.Append("<figure>\n").Append(InlineSvg.Prepare(chartSvg(requests[i]), $"chart{i + 1}")).Append("\n</figure>\n");
        _html.Append("</section>\n");
    }

    private void ComposeDisagreements()
    {
        if (model.Disagreements.Count == 0) return;
        SectionStart("disagreements", "Where sources disagree");
        foreach (var disagreement in model.Disagreements)
        {
            _html.Append("<h3>").Text(disagreement.Topic).Append("</h3>\n");
            _html.Append("<p class=\"note\">").Text(disagreement.Note).Append("</p>\n<ul class=\"sides\">\n");
            foreach (var figure in disagreement.Figures)
            {
                _html.Append("<li><p class=\"value\">").Text(BriefWording.ShareOrValue(figure)).Append("</p>\n<div>");
                _html.Append("<p>").Text($"{Attribution.Who(figure)} — {SourceWording.Short(figure)}").Append(' ');
                SourceMark(model.SourceNumberOf(figure));
                _html.Append("</p>\n<blockquote>").Text($"“{figure.Quote.Trim()}”").Append("</blockquote>\n");
                if (model.Disputed.Contains(figure)) _html.Append("<p class=\"disputed\">").Text(BriefWording.DisputedNote).Append("</p>\n");
                _html.Append("</div></li>\n");
            }
            foreach (var derived in disagreement.Derived)
            {
                _html.Append("<li><p class=\"value\">").Text(BriefWording.Derived(derived)).Append("</p>\n<div><p>worked out by Figures, not reported</p>\n");
                _html.Append("<p class=\"note\">").Text($"From {derived.How}.").Append("</p></div></li>\n");
            }
            _html.Append("</ul>\n");
        }
        _html.Append("</section>\n");
    }

    private void ComposeFooter()
    {
        _html.Append("<footer>\n<p>").Text($"Issued {PeriodWording.Date(model.Issued)} · dataset fingerprint ");
        _html.Append("<code>").Text(model.Fingerprint).Append("</code>").Text(" · made with Figures; this page loads nothing from the network.");
        _html.Append("</p>\n</footer>\n");
    }

    private void SectionStart(string id, string heading, string? className = null)
    {
        _html.Append("<section id=\"").Append(id).Append('"');
        if (className is not null) _html.Append(" class=\"").Append(className).Append('"');
        _html.Append(" aria-labelledby=\"").Append(id).Append("-heading\">\n<h2 id=\"").Append(id).Append("-heading\">").Text(heading).Append("</h2>\n");
    }

    // "[3]", linked to the numbered source below.
    private void SourceMark(int number) =>
        _html.Append("<a href=\"#source-").Append(Invariant(number)).Append("\" aria-label=\"source ").Append(Invariant(number)).Append("\">[")
            .Append(Invariant(number)).Append("]</a>");

    private static string Invariant(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
