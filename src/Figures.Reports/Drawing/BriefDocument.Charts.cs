#if CHARTS_READY
using Figures.Charts;
using Figures.Core.Model;
using SkiaSharp;

namespace Figures.Reports.Drawing;

internal sealed partial class BriefDocument
{
    private const float ChartHeight = 270;

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
                Height = Math.Clamp(110 + 28 * compared.Count, 160, ChartHeight),
                Title = $"What each source reports: {Vocabulary.Name(metric).Replace('_', ' ')}",
            });
        }
    }

    private void DrawChart(ChartRequest request)
    {
        var chart = Chart.Build(request, type.Fonts);
        _flow.Ensure(chart.Height + 8);
        chart.Render(_flow.Canvas, SKRect.Create(_flow.Left, _flow.Y, chart.Width, chart.Height));
        _flow.Y += chart.Height + 10;
    }

    // The comparison worth drawing: a measure where sources disagree, else the one most sources report.
    private Metric? SourcesChartMetric()
    {
        var disputed = model.Disagreements
            .SelectMany(d => d.Figures)
            .Where(f => f.Unit != Unit.Percent)
            .Select(f => (Metric?)f.Metric)
            .FirstOrDefault();
        if (disputed is not null) return disputed;
        return model.Figures.Where(f => f.Unit != Unit.Percent)
            .GroupBy(f => f.Metric)
            .Where(g => g.Select(f => f.SourceFile).Distinct().Count() > 1)
            .OrderByDescending(g => g.Select(f => f.SourceFile).Distinct().Count())
            .Select(g => (Metric?)g.Key)
            .FirstOrDefault();
    }
}
#else
namespace Figures.Reports.Drawing;

internal sealed partial class BriefDocument
{
    private void ComposeCharts() { }
}
#endif
