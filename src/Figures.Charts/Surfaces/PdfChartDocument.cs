using Figures.Charts.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Figures.Charts;

/// <summary>A one-page PDF holding just a chart, the page the size of the chart.</summary>
public static class PdfChartDocument
{
    /// <summary>Writes the chart as a PDF to <paramref name="stream"/>.</summary>
    public static void Save(ChartLayout layout, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(layout);
        using var document = PdfSetup.NewDocument();
        document.Info.Title = layout.Title;
        document.Info.Subject = layout.Description;
        document.Info.Creator = "Figures";
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(layout.Width);
        page.Height = XUnit.FromPoint(layout.Height);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            PdfChartSurface.Draw(layout, gfx, 0, 0);
        }
        document.Save(stream, closeStream: false);
    }
}
