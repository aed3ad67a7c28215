using System.Security.Cryptography;
using Figures.Charts;
using Figures.Core.Diagnostics;
using Figures.Tests.Support;
using static Figures.Tests.Charts.ChartFixtures;
using Figures.Core.Reading;

namespace Figures.Tests.Charts;

public class ChartFilesTests
{
    private static readonly FontSet Fonts = FontResolver.Resolve();

    private static Chart SmallTimeline() =>
        Chart.Build(new ChartRequest { Kind = ChartKind.Timeline, Figures = Small(), Title = "Idlib timeline" }, Fonts);

    private static string Write(Chart chart, string extension)
    {
        var path = Path.Combine(Paths.TempFolder(), "chart" + extension);
        ChartFiles.Write(chart, path);
        return path;
    }

    [Theory]
    [InlineData(".png")]
    [InlineData(".svg")]
    public void Write_SameChartTwice_GivesIdenticalBytes(string extension)
    {
        // Given two charts built separately from the same figures
        var first = Write(SmallTimeline(), extension);
        var second = Write(SmallTimeline(), extension);
        // Then
        Assert.Equal(SHA256.HashData(File.ReadAllBytes(first)), SHA256.HashData(File.ReadAllBytes(second)));
    }

    [Fact]
    public void Write_Png_IsDrawnAtThreePixelsPerPoint()
    {
        // Given / When
        var bytes = File.ReadAllBytes(Write(SmallTimeline(), ".png"));
        // Then the PNG header's size is 1440 × 900
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(480 * ChartFiles.PngScale, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(300 * ChartFiles.PngScale, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    [Fact]
    public void Write_Svg_IsSizedInPointsAndKeepsTextAsText()
    {
        // Given / When
        var path = Write(SmallTimeline(), ".svg");
        var svg = File.ReadAllText(path);
        // Then
        OutputAssert.SvgIsValid(path);
        Assert.Contains("width=\"480pt\" height=\"300pt\" viewBox=\"0 0 480 300\"", svg);
        Assert.Contains("<title>Idlib timeline</title>", svg);
        Assert.Contains("Figures as reported by sources", svg);
    }

    [Fact]
    public void Write_Pdf_PassesQpdfCheck()
    {
        // Given
        var tool = ExternalTool.Require("qpdf", "qpdf");
        // When
        var (code, output, err) = ExternalTool.Run(tool, "--check", Write(SmallTimeline(), ".pdf"));
        // Then
        Assert.True(code == 0, output + err);
    }

    [Fact]
    public void Write_Pdf_PdftotextShowsTitleLabelsAndCaption()
    {
        // Given
        var tool = ExternalTool.Require("pdftotext", "poppler-utils");
        var path = Write(SmallTimeline(), ".pdf");
        // When
        var (code, text, err) = ExternalTool.Run(tool, path, "-");
        // Then the text is there, searchable as typed (no "ﬁ" ligature)
        Assert.True(code == 0, err);
        Assert.Contains("Idlib timeline", text);
        Assert.Contains(">38.5k", text);
        Assert.Contains("~3M", text);
        Assert.Contains("Figures as reported by sources", text);
        Assert.Contains("selected figures", text);
    }

    [Fact]
    public void WriteSvg_FirstRenderOfANewChart_DrawsEachMarkAndLabelOnce()
    {
        // Given a chart never rendered (ScottPlot draws a new plot twice on its first render unless warmed up;
        // pdftotext hides the doubling, as it drops text printed over itself, so the SVG is counted)
        var chart = SmallTimeline();
        using var stream = new MemoryStream();
        // When
        ChartFiles.WriteSvg(chart, stream);
        var svg = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        // Then
        Assert.Equal(1, Count(svg, "&gt;38.5k"));
        Assert.Equal(1, Count(svg, "Newly displaced"));
        Assert.Equal(1, Count(svg, "<title>"));
    }

    [Fact]
    public void Write_Pdf_IsOnePageOfTheChartsSizeWithTheTitleAndNoClockTime()
    {
        // Given
        var tool = ExternalTool.Require("pdfinfo", "poppler-utils");
        if (Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is { Length: > 0 }) Assert.Skip("SOURCE_DATE_EPOCH is set, so the PDF carries its date");
        // When
        var (code, info, err) = ExternalTool.Run(tool, Write(SmallTimeline(), ".pdf"));
        // Then
        Assert.True(code == 0, err);
        Assert.Contains("Pages:           1", info);
        Assert.Contains("Page size:       480 x 300 pts", info);
        Assert.Contains("Title:           Idlib timeline", info);
        Assert.DoesNotContain("CreationDate", info);
    }

    [Fact]
    public void Write_UnknownExtension_IsAUsageErrorNamingTheFormats()
    {
        // Given / When
        var error = Assert.Throws<FiguresException>(() => ChartFiles.Write(SmallTimeline(), Path.Combine(Paths.TempFolder(), "chart.jpg")));
        // Then
        Assert.Equal(Severity.Unusable, error.Severity);
        Assert.Contains(".svg, .pdf or .png", error.Message);
    }

    [Fact]
    public void Write_UnderAnyCulture_TicksAndDatesAreInvariant()
    {
        // Given the dataset charted under Arabic (Saudi Arabia), whose default digits and calendar differ
        var figures = FigureFileReader.ReadFile(Paths.Dataset).Figures;
        var before = System.Globalization.CultureInfo.CurrentCulture;
        string svg;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("ar-SA");
            var chart = Chart.Build(new ChartRequest { Kind = ChartKind.Timeline, Figures = figures }, Fonts);
            using var stream = new MemoryStream();
            ChartFiles.WriteSvg(chart, stream);
            svg = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
        // Then dates and numbers are as written in English
        Assert.Matches(@">\s*Oct 2018\s*<", svg);
        Assert.Matches(@">\s*1M\s*<", svg);
        Assert.DoesNotMatch(@"1899|[\u0660-\u0669]", svg);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
