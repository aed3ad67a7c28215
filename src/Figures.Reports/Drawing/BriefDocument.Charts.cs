using Figures.Charts;
using Figures.Core.Model;
using Figures.Core.Wording;
using SkiaSharp;

namespace Figures.Reports.Drawing;

internal sealed partial class BriefDocument
{
    private const float ChartHeight = 300;

    private void ComposeCharts()
    {
        _chartsHeading = false;
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
                Title = $"What each source reports: {MetricWording.Name(metric)}",
            });
        }
    }

    private bool _chartsHeading;

    // Each chart keeps to one page; the section's heading stays with its first chart.
    private void DrawChart(ChartRequest request)
    {
        var chart = Chart.Build(request, type.Fonts);
        if (!_chartsHeading)
        {
            SectionHeading("Charts", chart.Height);
            _chartsHeading = true;
        }
        _flow.Ensure(chart.Height + 8);
        chart.Render(_flow.Canvas, SKRect.Create(_flow.Left, _flow.Y, chart.Width, chart.Height));
        _flow.Y += chart.Height + 10;
    }

    // The comparison worth drawing: the counted measure whose sources differ most (highest to lowest), among
    // measures reported by more than one article.
    private Metric? SourcesChartMetric() =>
        model.Figures.Where(f => f.Unit != Unit.Percent && f.Value > 0)
            .GroupBy(f => f.Metric)
            .Where(g => g.Select(f => f.SourceFile).Distinct().Count() > 1)
            .OrderByDescending(g => g.Max(f => f.ValueMax ?? f.Value) / g.Min(f => f.Value))
            .ThenBy(g => g.Key)
            .Select(g => (Metric?)g.Key)
            .FirstOrDefault();
}
