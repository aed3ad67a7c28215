using System.Text;
using Figures.Charts;
using Figures.Reports.Model;

namespace Figures.Reports.Html;

/// <summary>
/// The HTML report for analysts: one self-contained page (styles and script inline, charts as inline SVG,
/// nothing fetched) built from the same <see cref="BriefModel"/> and wording as the PDF brief.
/// </summary>
public static class HtmlReport
{
    /// <summary>How wide the charts are drawn, in points; the page scales them down on narrow screens.</summary>
    public const double ChartWidth = 640;

    /// <summary>The page; <paramref name="chartSvg"/> draws each chart as an SVG document (e.g. <see cref="HtmlCharts.Svg"/>).</summary>
    public static string Render(BriefModel model, Func<ChartRequest, string> chartSvg)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(chartSvg);
        return new HtmlReportDocument(model, chartSvg).Compose();
    }

    /// <summary>Writes the page to a stream as UTF-8 without a byte order mark.</summary>
    public static void Write(BriefModel model, Stream stream, Func<ChartRequest, string> chartSvg)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = new UTF8Encoding(false).GetBytes(Render(model, chartSvg));
        stream.Write(bytes);
    }
}
