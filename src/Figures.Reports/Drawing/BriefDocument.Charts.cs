#if CHARTS_READY
using Figures.Charts;
using Figures.Reports.Model;
using SkiaSharp;

namespace Figures.Reports.Drawing;

internal sealed partial class BriefDocument
{
    // Which charts, and their sizes, are chosen once for every output (BriefCharts); this only draws them.
    private void ComposeCharts()
    {
        var requests = BriefCharts.Requests(model, _flow.Width);
        if (requests.Count == 0) return;
        SectionHeading("Charts", (float)requests[0].Height);
        foreach (var request in requests) DrawChart(request);
    }

    private void DrawChart(ChartRequest request)
    {
        var chart = Chart.Build(request, type.Fonts);
        _flow.Ensure(chart.Height + 8);
        chart.Render(_flow.Canvas, SKRect.Create(_flow.Left, _flow.Y, chart.Width, chart.Height));
        _flow.Y += chart.Height + 10;
    }
}
#else
namespace Figures.Reports.Drawing;

internal sealed partial class BriefDocument
{
    private void ComposeCharts() { }
}
#endif
