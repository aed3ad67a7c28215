using Figures.Charts;
using Figures.Core.Model;

namespace Figures.Reports.Pdf;

public sealed partial class BriefDocument
{
    private const double ChartHeight = 270;

    private void ComposeCharts()
    {
        SectionHeading("Charts");
        DrawChart(new ChartRequest
        {
            Kind = ChartKind.Timeline,
            Figures = model.Figures,
            Width = _flow.Width,
            Height = ChartHeight,
            Title = "Reported figures over time",
        });
        if (SourcesChartMetric() is { } metric)
        {
            var compared = model.Figures.Where(f => f.Metric == metric && f.Unit != Unit.Percent).ToList();
            DrawChart(new ChartRequest
            {
                Kind = ChartKind.Sources,
                Figures = compared,
                Metric = metric,
                Width = _flow.Width,
                // One row per figure: size the chart to its rows instead of leaving a blank plot.
                Height = Math.Clamp(110 + 28 * compared.Count, ChartBuilder.MinSide, ChartHeight),
                Title = $"What each source reports: {Vocabulary.Name(metric).Replace('_', ' ')}",
            });
        }
    }

    private void DrawChart(ChartRequest request)
    {
        var layout = ChartBuilder.Layout(request);
        _flow.Ensure(layout.Height + 8);
        PdfChartSurface.Draw(layout, _flow.Gfx, _flow.Left, _flow.Y);
        _flow.Y += layout.Height + 10;
    }

    // The comparison worth drawing: a measure where sources disagree, else the one most sources report.
    private Metric? SourcesChartMetric()
    {
        var counted = model.Figures.Where(f => f.Unit != Unit.Percent).ToList();
        var disputed = model.Disagreements
            .SelectMany(d => d.Figures)
            .Where(f => f.Unit != Unit.Percent)
            .Select(f => (Metric?)f.Metric)
            .FirstOrDefault();
        if (disputed is not null) return disputed;
        return counted
            .GroupBy(f => f.Metric)
            .Where(g => g.Select(f => f.SourceFile).Distinct().Count() > 1)
            .OrderByDescending(g => g.Select(f => f.SourceFile).Distinct().Count())
            .Select(g => (Metric?)g.Key)
            .FirstOrDefault();
    }
}
