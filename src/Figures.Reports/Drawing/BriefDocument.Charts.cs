using Figures.Charts;
using Figures.Reports.Model;
using SkiaSharp;

namespace Figures.Reports.Drawing;

internal sealed partial class BriefDocument
{
    // Which charts, and their sizes, are chosen once for every output (BriefCharts); this only draws them,
    // each whole on one page, the section's heading kept with the first.
    private void ComposeCharts()
    {
        var charts = BriefCharts.Requests(model, _flow.Width).Select(request => Chart.Build(request, type.Fonts)).ToList();
        if (charts.Count == 0) return;
        SectionHeading(Words.Headings.Charts, charts[0].Height);
        foreach (var chart in charts)
        {
            _flow.Ensure(chart.Height + 8);
            chart.Render(_flow.Canvas, SKRect.Create(_flow.Left, _flow.Y, chart.Width, chart.Height));
            _flow.Y += chart.Height + 10;
        }
    }
}
