using Figures.Charts;
using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Reports.Model;

/// <summary>
/// Which charts a brief shows, shared by the PDF and the HTML report: the timeline of every dated figure, then
/// what each source reports for the measure whose sources differ most. Pure.
/// </summary>
public static class BriefCharts
{
    /// <summary>The tallest chart, in points.</summary>
    public const double MaxHeight = 300;

    /// <summary>The chart requests for a brief, each <paramref name="width"/> points wide; none when nothing can be charted.</summary>
    public static IReadOnlyList<ChartRequest> Requests(BriefModel model, double width)
    {
        ArgumentNullException.ThrowIfNull(model);
        var requests = new List<ChartRequest>();
        // A timeline needs a date to place a figure; undated figures are listed under it, never dropped.
        if (model.Figures.Any(f => f.ReferenceDate is not null))
        {
            requests.Add(new ChartRequest
            {
                Kind = ChartKind.Timeline,
                Figures = model.Figures,
                Width = width,
                Height = MaxHeight,
                Title = model.Phrases.TimelineTitle,
                Words = model.Words,
            });
        }
        if (SourcesChartMetric(model) is { } metric)
        {
            var compared = model.Figures.Where(f => f.Metric == metric && f.Unit != Unit.Percent).ToList();
            requests.Add(new ChartRequest
            {
                Kind = ChartKind.Sources,
                Figures = compared,
                Metric = metric,
                Width = width,
                // One row per figure: size the chart to its rows instead of leaving a blank plot.
                Height = Math.Clamp(110 + 28 * compared.Count, 160, MaxHeight),
                Title = model.Phrases.SourcesTitle(metric),
                Words = model.Words,
            });
        }
        return requests;
    }

    // The comparison worth drawing: the counted measure whose sources differ most (highest to lowest), among
    // measures reported by more than one article.
    private static Metric? SourcesChartMetric(BriefModel model) =>
        model.Figures.Where(f => f.Unit != Unit.Percent && f.Value > 0)
            .GroupBy(f => f.Metric)
            .Where(g => g.Select(f => f.SourceFile).Distinct().Count() > 1)
            .OrderByDescending(g => g.Max(f => f.ValueMax ?? f.Value) / g.Min(f => f.Value))
            .ThenBy(g => g.Key)
            .Select(g => (Metric?)g.Key)
            .FirstOrDefault();
}
