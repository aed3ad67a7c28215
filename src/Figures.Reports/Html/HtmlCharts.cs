using Figures.Charts;

namespace Figures.Reports.Html;

/// <summary>
/// The seam between the HTML report and the chart engine: a chart request in, SVG markup out. The report
/// takes any such function (<see cref="HtmlReport.Render"/>), so the engine can change without touching the page.
/// </summary>
public static class HtmlCharts
{
    /// <summary>
    /// The chart as an SVG document, drawn by today's chart layout and SVG surface, which keep their own font
    /// stack; <paramref name="fonts"/> is there for the ScottPlot engine, which draws with the brief's typefaces.
    /// </summary>
    public static string Svg(ChartRequest request, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        return SvgChartSurface.Render(ChartBuilder.Layout(request));
    }
}
