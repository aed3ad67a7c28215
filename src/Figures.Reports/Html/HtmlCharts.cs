using System.Text;
using Figures.Charts;

namespace Figures.Reports.Html;

/// <summary>
/// The seam between the HTML report and the chart engine: a chart request in, SVG markup out. The report
/// takes any such function (<see cref="HtmlReport.Render"/>), so the engine can change without touching the page.
/// </summary>
public static class HtmlCharts
{
    /// <summary>The chart as an SVG document, drawn by ScottPlot with the brief's typefaces, exactly as <c>figures chart</c> writes it.</summary>
    public static string Svg(ChartRequest request, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        using var buffer = new MemoryStream();
        ChartFiles.WriteSvg(Chart.Build(request, fonts), buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
