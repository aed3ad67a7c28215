using Figures.Charts;
using Figures.Charts.Pdf;
using Figures.Tests.Support;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using static Figures.Tests.Charts.ChartFixtures;

namespace Figures.Tests.Charts;

public class PdfChartSurfaceTests
{
    private static string WriteSmallPdf()
    {
        var path = Path.Combine(Paths.TempFolder(), "chart.pdf");
        ChartFiles.Write(ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Timeline, Figures = Small(), Title = "Idlib timeline" }), path);
        return path;
    }

    [Fact]
    public void Write_Pdf_OpensWithPdfReaderAsOnePageOfTheChartsSize()
    {
        // Given / When
        var path = WriteSmallPdf();
        using var document = PdfReader.Open(path, PdfDocumentOpenMode.Import);
        // Then
        var page = Assert.Single(document.Pages.Cast<PdfPage>());
        Assert.Equal(480, page.Width.Point, 1);
        Assert.Equal(300, page.Height.Point, 1);
    }

    [Fact]
    public void Write_Pdf_PdftotextShowsTitleAndLabels()
    {
        // Given
        var tool = ExternalTool.Require("pdftotext", "poppler-utils");
        var path = WriteSmallPdf();
        // When
        var (code, text, err) = ExternalTool.Run(tool, "-layout", path, "-");
        // Then
        Assert.True(code == 0, err);
        Assert.Contains("Idlib timeline", text);
        Assert.Contains(">38.5k", text);
        Assert.Contains("~3M", text);
        Assert.Contains("Figures as reported by sources", text);
    }

    [Fact]
    public void Write_Pdf_PassesQpdfCheck()
    {
        // Given
        var tool = ExternalTool.Require("qpdf", "qpdf");
        // When
        var (code, output, err) = ExternalTool.Run(tool, "--check", WriteSmallPdf());
        // Then
        Assert.True(code == 0, output + err);
    }

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
