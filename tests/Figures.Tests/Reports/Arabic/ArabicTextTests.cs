using Figures.Charts;
using Figures.Core.Reading;
using Figures.Core.Diagnostics;
using Figures.Core.Wording;
using Figures.Tests.Support;
using SkiaSharp;

namespace Figures.Tests.Reports.Arabic;

/// <summary>Right-to-left text: bidirectional runs, an Arabic-capable font, and Arabic charts.</summary>
public sealed class ArabicTextTests
{
    [Fact]
    public void Visual_ArabicWithDigits_KeepsTheNumberLeftToRight()
    {
        // Given
        const string text = "أكثر من 38,500 شخص";

        // When
        var runs = BidiRuns.Visual(text).Select(r => (text.Substring(r.Start, r.Length), r.RightToLeft)).ToList();

        // Then: leftmost first, the last word on the left, the number whole and left to right in the middle
        Assert.Equal([(" شخص", true), ("38,500", false), ("أكثر من ", true)], runs);
    }

    [Fact]
    public void Visual_LineOfAParagraph_KeepsABracketPairInOneDirection()
    {
        // Given: a citation whose brackets a line break splits
        const string paragraph = "بحسب UN OCHA (The New Arab، ١٤ أيلول ٢٠١٨).";
        var line = paragraph.IndexOf('،', StringComparison.Ordinal);

        // When: the first line alone, and the same line as part of its paragraph
        var alone = BidiRuns.Visual(paragraph[..line]).Select(r => paragraph.Substring(r.Start, r.Length)).ToList();
        var inParagraph = BidiRuns.Visual(paragraph, 0, line).Select(r => paragraph.Substring(r.Start, r.Length)).ToList();

        // Then: alone, the bracket falls into the Latin run; in its paragraph it pairs with ")" and runs right to left
        Assert.Contains(alone, r => r.Contains("UN OCHA (The New Arab", StringComparison.Ordinal));
        Assert.Contains(inParagraph, r => r.Trim() == "UN OCHA");
        Assert.Contains(inParagraph, r => r.Trim() == "The New Arab");
        Assert.Contains(inParagraph, r => r.Trim() == "(");
    }

    [Theory]
    [InlineData("أكثر من 38,500", TextDirection.RightToLeft)]
    [InlineData("«The New Arab» في", TextDirection.LeftToRight)]
    [InlineData("١٢٣", TextDirection.LeftToRight)]
    public void DirectionOf_FirstStrongLetter_DecidesTheParagraph(string text, TextDirection expected)
    {
        Assert.Equal(expected, TextShaper.DirectionOf(text));
    }

    [Fact]
    public void Width_RightToLeft_MeasuresShapedRuns()
    {
        // Given
        using var font = FontResolver.ResolveArabic().Regular.Font(12);

        // When: a joined word against its letters drawn apart
        var joined = TextShaper.Width("بين", font, TextDirection.RightToLeft);
        var apart = TextShaper.Width("ب", font, TextDirection.RightToLeft) + TextShaper.Width("ي", font, TextDirection.RightToLeft)
            + TextShaper.Width("ن", font, TextDirection.RightToLeft);

        // Then: the initial and medial forms HarfBuzz joins are narrower than the letters alone
        Assert.True(joined < apart - 1, $"joined {joined}, apart {apart}");
    }

    [Fact]
    public void ResolveArabic_NoRequest_FindsASystemFontWithArabicLetters()
    {
        var fonts = FontResolver.ResolveArabic();
        Assert.DoesNotContain((ushort)0, fonts.Regular.Typeface.GetGlyphs(FontResolver.ArabicSample));
        Assert.DoesNotContain((ushort)0, fonts.Bold.Typeface.GetGlyphs(FontResolver.ArabicSample));
    }

    [Fact]
    public void ResolveArabic_LatinOnlyFont_FailsWithExitTwoNamingFontAndPackage()
    {
        // Given: the system font cut down to Latin letters
        var path = LatinOnlyFont();

        // When
        var error = Assert.Throws<FiguresException>(() => FontResolver.ResolveArabic(new FontRequest(path)));

        // Then
        Assert.Equal(Severity.Unusable, error.Severity);
        Assert.Contains("has no Arabic letters", error.Message, StringComparison.Ordinal);
        Assert.Contains("--font", error.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-dejavu-core", error.Message, StringComparison.Ordinal);
        Assert.NotNull(FontResolver.Resolve(new FontRequest(path)));
    }

    [Fact]
    public void Brief_ArabicWithLatinOnlyFont_ExitsTwo()
    {
        var definition = Path.Combine(Paths.Repo, "reports", "idlib-2018-2019.ar.json");
        var (code, _, error) = CliRunner.Run("brief", definition, "--data", Paths.Dataset, "--font", LatinOnlyFont(), "--out", Path.Combine(Paths.TempFolder(), "b.pdf"));
        Assert.Equal(2, code);
        Assert.Contains("--font", error, StringComparison.Ordinal);
        Assert.Contains("fonts-dejavu-core", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_Arabic_EveryTextIsShapedAndReadsInLogicalOrder()
    {
        // Given: the dataset on a timeline and by source, worded in Arabic
        var figures = FigureFileReader.ReadFile(Paths.Dataset).Figures;
        var fonts = FontResolver.ResolveArabic();
        var words = Words.Arabic(DigitStyle.ArabicIndic);
        var folder = Paths.TempFolder();
        foreach (var kind in new[] { ChartKind.Timeline, ChartKind.Sources })
        {
            var chart = Chart.Build(new ChartRequest { Kind = kind, Figures = figures, Width = 480, Height = 300, Words = words }, fonts);
            var pdf = Path.Combine(folder, $"{kind}.pdf");
            using (var stream = File.Create(pdf)) ChartFiles.WritePdf(chart, stream);

            // When
            var (code, output, error) = ExternalTool.Run(ExternalTool.Require("pdftotext", "poppler-utils"), pdf, "-");
            Assert.True(code == 0, error);
            var text = System.Text.RegularExpressions.Regex.Replace(output, "[\u202A-\u202E\u2066-\u2069]", "");

            // Then: the legend, the axis labels and the captions, shaped by us in logical order (ScottPlot's own
            // drawing of them reads back reversed and unjoined)
            Assert.Contains("الأشخاص", text, StringComparison.Ordinal);
            Assert.Contains("النازحون حديث", text, StringComparison.Ordinal);
            Assert.Contains("الناشرون", text, StringComparison.Ordinal);
            if (kind == ChartKind.Timeline) Assert.Contains("تموز", text, StringComparison.Ordinal);
            else Assert.Contains("الناشر غير مذكور", text, StringComparison.Ordinal);
        }
    }

    // DejaVu Sans cut down to Basic Latin, saved where a test can name it with --font.
    private static string LatinOnlyFont()
    {
        var system = FontResolver.Resolve();
        using var subset = FontSubsetter.Subset(system.Regular.Typeface, Enumerable.Range(0x20, 0x5F))!;
        using var stream = subset.OpenStream();
        var bytes = new byte[stream.Length];
        stream.Read(bytes, bytes.Length);
        var path = Path.Combine(Paths.TempFolder(), "latin.ttf");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
