using Figures.Tests.Support;
using SkiaSharp;

namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>The output checks themselves: each passes a good file and fails a broken one.</summary>
public sealed class OutputAssertTests
{
    private static void OnePagePdf(string path)
    {
        using var stream = File.Create(path);
        using var document = SKDocument.CreatePdf(stream);
        document.BeginPage(200, 100);
        document.EndPage();
        document.Close();
    }

    [Fact]
    public void PdfIsValid_SkiaDocument_Passes()
    {
        // Given
        var path = Path.Combine(Paths.TempFolder(), "ok.pdf");
        OnePagePdf(path);

        // When / Then
        OutputAssert.PdfIsValid(path);
    }

    [Fact]
    public void PdfIsValid_TruncatedPdf_Fails()
    {
        // Given: a PDF cut in half
        var good = Path.Combine(Paths.TempFolder(), "ok.pdf");
        OnePagePdf(good);
        var bytes = File.ReadAllBytes(good);
        var broken = Path.Combine(Paths.TempFolder(), "broken.pdf");
        File.WriteAllBytes(broken, bytes[..(bytes.Length / 2)]);
        ExternalTool.Require("qpdf", "qpdf");

        // When / Then
        Assert.ThrowsAny<Exception>(() => OutputAssert.PdfIsValid(broken));
    }

    [Fact]
    public void SvgIsValid_SmallSvg_PassesAndBrokenSvgFails()
    {
        // Given
        var folder = Paths.TempFolder();
        var good = Path.Combine(folder, "ok.svg");
        var broken = Path.Combine(folder, "broken.svg");
        var html = Path.Combine(folder, "not-svg.svg");
        File.WriteAllText(good, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"><rect width=\"10\" height=\"10\" fill=\"#123456\"/></svg>");
        File.WriteAllText(broken, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"><rect width=\"10\"");
        File.WriteAllText(html, "<html><body/></html>");
        ExternalTool.Require("rsvg-convert", "librsvg2-bin");

        // When / Then
        OutputAssert.SvgIsValid(good);
        Assert.ThrowsAny<Exception>(() => OutputAssert.SvgIsValid(broken));
        Assert.ThrowsAny<Exception>(() => OutputAssert.SvgIsValid(html));
    }

    [Fact]
    public void CsvReadsBack_GoodCsv_ReturnsRecordsAndBrokenCsvFails()
    {
        // Given
        var folder = Paths.TempFolder();
        var good = Path.Combine(folder, "ok.csv");
        var ragged = Path.Combine(folder, "ragged.csv");
        var stray = Path.Combine(folder, "stray.csv");
        File.WriteAllText(good, "a,b\n1,\"x\ny\"\n");
        File.WriteAllText(ragged, "a,b\n1,2,3\n");
        File.WriteAllText(stray, "a,b\n1,x\"y\n");

        // When
        var records = OutputAssert.CsvReadsBack(good);

        // Then
        Assert.Equal(["1", "x\ny"], records[1]);
        Assert.ThrowsAny<Exception>(() => OutputAssert.CsvReadsBack(ragged));
        Assert.ThrowsAny<Exception>(() => OutputAssert.CsvReadsBack(stray));
    }
}
