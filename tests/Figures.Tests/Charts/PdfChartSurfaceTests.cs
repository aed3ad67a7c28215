using Figures.Charts;
using Figures.Charts.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static Figures.Tests.Charts.ChartFixtures;

namespace Figures.Tests.Charts;

/// <summary>The old PDFsharp surface, kept while the PDF brief still draws its charts with it.</summary>
public class PdfChartSurfaceTests
{
    [Fact]
    public void Draw_AtAnOffsetOnALargerPage_DrawsWithoutError()
    {
        // Given a page like the brief's, and a chart placed inside it
        PdfSetup.EnsureInitialized();
        using var document = new PdfDocument();
        var page = document.AddPage();
        var layout = ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Bars, Figures = Small() });
        // When
        using (var gfx = XGraphics.FromPdfPage(page)) PdfChartSurface.Draw(layout, gfx, 57, 200);
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        // Then
        Assert.True(stream.Length > 1000);
    }
}
