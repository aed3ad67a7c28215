using System.Globalization;
using Figures.Core.Model;
using Figures.Core.Wording;
using Figures.Reports.Model;

namespace Figures.Reports.Html;

internal sealed partial class HtmlReportDocument
{
    // Header, what the sort button sorts by (null: not sortable).
    private static readonly (string Header, string? Sort)[] Columns =
    [
        ("Figure", "value"), ("Measure", "text"), ("Where", "text"), ("When", "date"), ("Said by", "text"), ("Source", "source"), ("Quote and details", null),
    ];

    private void ComposeFigureTable()
    {
        SectionStart("all-figures", "All figures");
        _html.Append("<p class=\"note\">Each figure as its source words it. Sort by a column with its button; filter with the fields below. ")
            .Append("Open a figure’s details for its verbatim quote, who said it, its source and the curators’ notes.</p>\n");
        ComposeFilters();
        _html.Append("<p id=\"shown\" role=\"status\" aria-live=\"polite\">").Text($"Showing {Count(model.Figures.Count)} of {Count(model.Figures.Count)} figures").Append("</p>\n");
        _html.Append("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"all-figures-heading\" tabindex=\"0\">\n");
        _html.Append("<table id=\"figures-table\">\n<caption>Every figure in this report, with its qualifier, period and source.</caption>\n<thead><tr>");
        foreach (var (header, sort) in Columns)
        {
            if (sort is null)
            {
                _html.Append("<th scope=\"col\">").Text(header).Append("</th>");
                continue;
            }
            _html.Append("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" data-sort=\"").Append(sort).Append("\">").Text(header).Append("</button></th>");
        }
        _html.Append("</tr></thead>\n<tbody>\n");
        foreach (var figure in model.Figures) FigureRow(figure);
        _html.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    // Shown by the script; without it the table still lists every figure.
    private void ComposeFilters()
    {
        _html.Append("<form id=\"filters\" class=\"filters\" role=\"search\" aria-label=\"Filter the figures\" hidden>\n");
        var order = model.Figures.Select(f => f.Metric).Distinct().ToList();
        Select("metric", "Metric", order.Select(m => (Vocabulary.Name(m), Vocabulary.Name(m).Replace('_', ' '))));
        Select("place", "Place", model.Figures.Select(f => f.Location).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.OrdinalIgnoreCase).Select(p => (p, p.Length > 0 ? p : "not stated")));
        Select("source", "Source", model.Sources.Select(s => (Count(s.Number), $"[{Count(s.Number)}] {SourceWording.Short(s.Sample)}")));
        Select("qualifier", "Qualifier", model.Figures.Select(f => f.Qualifier).Distinct().Order()
            .Select(q => (Vocabulary.Name(q), NumberWording.QualifierPhrase(q) is { Length: > 0 } phrase ? phrase : "exact (no qualifier)")));
        _html.Append("<fieldset><legend>Period overlaps</legend>\n");
        _html.Append("<label for=\"f-from\">From <input type=\"date\" id=\"f-from\" name=\"from\"></label>\n");
        _html.Append("<label for=\"f-to\">To <input type=\"date\" id=\"f-to\" name=\"to\"></label>\n");
        _html.Append("<label class=\"check\" for=\"f-undated\"><input type=\"checkbox\" id=\"f-undated\" name=\"undated\"> Keep undated figures</label>\n");
        _html.Append("</fieldset>\n<button type=\"reset\">Clear filters</button>\n</form>\n");
    }

    private void Select(string name, string label, IEnumerable<(string Value, string Label)> options)
    {
        _html.Append("<label for=\"f-").Append(name).Append("\">").Text(label).Append("\n<select id=\"f-").Append(name).Append("\" name=\"").Append(name).Append("\">\n");
        _html.Append("<option value=\"\">All</option>\n");
        foreach (var (value, text) in options)
            _html.Append("<option value=\"").Attribute(value).Append("\">").Text(text).Append("</option>\n");
        _html.Append("</select></label>\n");
    }

    private void FigureRow(Figure figure)
    {
        var source = model.SourceNumberOf(figure);
        _html.Append("<tr data-id=\"").Attribute(figure.Id)
            .Append("\" data-metric=\"").Attribute(Vocabulary.Name(figure.Metric))
            .Append("\" data-place=\"").Attribute(figure.Location)
            .Append("\" data-source=\"").Append(Count(source))
            .Append("\" data-qualifier=\"").Attribute(Vocabulary.Name(figure.Qualifier))
            .Append("\" data-value=\"").Append(figure.Value.ToString(CultureInfo.InvariantCulture)).Append('"');
        if ((figure.PeriodStart ?? figure.PeriodEnd) is { } start && (figure.PeriodEnd ?? figure.PeriodStart) is { } end)
            _html.Append(" data-start=\"").Append(Iso(start)).Append("\" data-end=\"").Append(Iso(end)).Append('"');
        _html.Append(">\n<th scope=\"row\">").Text(BriefWording.TableValue(figure, model.Disputed.Contains(figure))).Append("</th>\n");
        _html.Append("<td>").Text(MetricWording.Topic(figure.Metric, figure.Unit)).Append("</td>\n");
        _html.Append("<td>").Text(figure.Location.Length > 0 ? figure.Location : "not stated").Append("</td>\n");
        _html.Append("<td>").Text(PeriodWording.Describe(figure));
        if (figure.ReferenceDate is null) _html.Append(" <span class=\"badge undated\">undated</span>");
        _html.Append("</td>\n<td>").Text(Attribution.Who(figure)).Append("</td>\n");
        _html.Append("<td>");
        SourceMark(source);
        _html.Append(' ').Text(SourceWording.Short(figure)).Append("</td>\n<td>");
        FigureDetails(figure);
        _html.Append("</td>\n</tr>\n");
    }

    // The quote, attribution, source and notes, one click away; opened for printing.
    private void FigureDetails(Figure figure)
    {
        _html.Append("<details><summary>Quote<span class=\"visually-hidden\"> and details of ").Text(figure.Id).Append("</span></summary>\n");
        _html.Append("<blockquote>").Text($"“{figure.Quote.Trim()}”").Append("</blockquote>\n<dl>\n");
        Detail("Qualifier", NumberWording.QualifierPhrase(figure.Qualifier) is { Length: > 0 } phrase ? $"{phrase} ({Vocabulary.Name(figure.Qualifier)})" : "exact (no qualifier)");
        Detail("Attributed to", Attribution.IsAttributed(figure) ? figure.AttributedTo.Trim() : "not attributed by the source");
        Detail("Publisher", figure.Publisher.Length > 0 ? figure.Publisher : "not stated");
        Detail("Title", figure.Title.Length > 0 ? figure.Title : "not stated");
        Detail("Published", figure.Published is { } published ? PeriodWording.Date(published) : "date not stated");
        if (figure.Url.Length > 0)
        {
            _html.Append("<dt>Address</dt><dd>").Link(figure.Url).Append("</dd>\n");
        }
        if (figure.SourceFile.Length > 0) Detail("Archived as", figure.SourceFile);
        if (figure.Notes.Length > 0) Detail("Notes", figure.Notes);
        if (figure.ConflictsWith.Length > 0) Detail("Conflicts with", string.Join(", ", figure.ConflictIds));
        Detail("ID", figure.Id);
        _html.Append("</dl>\n</details>");
    }

    private void Detail(string label, string value) => _html.Append("<dt>").Text(label).Append("</dt><dd>").Text(value).Append("</dd>\n");

    private void ComposeSources()
    {
        SectionStart("sources", "Sources", "sources");
        _html.Append("<ol>\n");
        foreach (var source in model.Sources)
        {
            var number = Count(source.Number);
            var title = source.Title.Length > 0 ? $"“{source.Title}”" : "untitled";
            var archived = source.Sample.SourceFile.Length > 0 ? $" Archived as {source.Sample.SourceFile}." : "";
            _html.Append("<li id=\"source-").Append(number).Append("\" value=\"").Append(number).Append("\">")
                .Text($"{source.Publisher}. {title}. {source.Date}.{archived} Figures: {string.Join(", ", source.FigureIds)}.");
            if (source.Sample.Url.Length > 0) _html.Append("<br>").Link(source.Sample.Url);
            _html.Append("</li>\n");
        }
        _html.Append("</ol>\n</section>\n");
    }

    private void ComposeMethodNote()
    {
        SectionStart("method", "Method note");
        foreach (var (heading, text) in BriefWording.MethodNote(model))
            _html.Append("<p><strong>").Text(heading).Append("</strong> ").Text(text).Append("</p>\n");
        _html.Append("</section>\n");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Source numbers and row counts: small whole numbers, for marks and anchors, not figures.
    private static string Count(int number) => number.ToString(CultureInfo.InvariantCulture);
}
