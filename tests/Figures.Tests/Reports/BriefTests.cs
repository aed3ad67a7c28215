using Figures.Core.Csv;
using Figures.Core.Model;
using Figures.Core.Wording;
using Figures.Reports.Definition;
using Figures.Reports.Model;
using Figures.Reports.Pdf;
using Figures.Tests.Support;
using PdfSharp.Pdf.IO;

namespace Figures.Tests.Reports;

/// <summary>The sample brief, built from the committed dataset and checked as an NGO officer would.</summary>
public sealed class BriefTests
{
    private static readonly string Definition = Path.Combine(Paths.Repo, "reports", "idlib-2018-2019.json");

    private static string BuildSample(string? folder = null, params string[] extra)
    {
        var output = Path.Combine(folder ?? Paths.TempFolder(), "brief.pdf");
        var (code, _, error) = CliRunner.Run(["brief", Definition, "--data", Paths.Dataset, "--out", output, .. extra]);
        Assert.True(code == 0, error);
        return output;
    }

    private static string Text(string pdf)
    {
        var tool = ExternalTool.Require("pdftotext", "poppler-utils");
        var (code, output, error) = ExternalTool.Run(tool, "-layout", pdf, "-");
        Assert.True(code == 0, error);
        return output;
    }

    [Fact]
    public void Brief_SampleDefinition_PassesQpdfCheck()
    {
        OutputAssert.PdfIsValid(BuildSample());
    }

    [Fact]
    public void Brief_SampleDefinition_ShowsEveryKeyFigureAndSource()
    {
        // Given
        var set = FigureFileReader.ReadFile(Paths.Dataset);
        var (definition, _) = BriefDefinitionReader.ReadFile(Definition);
        var model = BriefModelBuilder.Build(definition!, set, new DateOnly(2026, 11, 21));

        // When
        var text = Normalise(Text(BuildSample()));

        // Then
        Assert.Contains(BriefDocument.Caveat, text);
        foreach (var key in model.KeyFigures)
            Assert.Contains(key.Unit == Unit.Percent ? NumberWording.Value(key.Headline) : NumberWording.Describe(key.Headline), text, StringComparison.OrdinalIgnoreCase);
        foreach (var source in model.Sources)
            Assert.Contains($"[{source.Number}] {source.Publisher}", text);
        Assert.Contains("more than 38,500 people", text);
        Assert.DoesNotContain("38500", text);
        Assert.DoesNotContain("1800000", text);
        Assert.Contains("date not stated", text);
    }

    [Fact]
    public void Brief_SampleDefinition_HasHighlightSentenceInSitrepStyle()
    {
        var text = Normalise(Text(BuildSample()));
        Assert.Contains("Between 1 and 12 September 2018, more than 38,500 people were displaced in northwest Syria, according to UN OCHA (The New Arab, 14 September 2018).", text);
    }

    [Fact]
    public void Brief_SampleDefinition_ShowsDisagreementsAndMarksDerivedValues()
    {
        var text = Normalise(Text(BuildSample()));
        Assert.Contains("Where sources disagree", text);
        Assert.Contains("700,000 people", text);
        Assert.Contains("about 2.5 million people", text);
        Assert.Contains("half are fighters", text);
        Assert.Contains("(derived)", text);
    }

    [Fact]
    public void Brief_SampleDefinition_EmbedsFontsAndHasMetadata()
    {
        // Given
        var pdf = BuildSample();

        // When
        var fonts = ExternalTool.Run(ExternalTool.Require("pdffonts", "poppler-utils"), pdf).Out;
        var info = ExternalTool.Run(ExternalTool.Require("pdfinfo", "poppler-utils"), pdf).Out;

        // Then
        var rows = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains("Segoe WP", row));
        Assert.All(rows, row => Assert.Matches(@"\s+yes\s+yes\s+", row));
        Assert.Contains("Title:           Idlib displacement figures", info);
        Assert.Contains("Author:          Figures curation team", info);
        Assert.Contains("Keywords:", info);
        Assert.Contains("Subject:", info);
    }

    [Fact]
    public void Brief_SampleDefinition_HasFivePagesBookmarksAndPageNumbers()
    {
        // Given
        var pdf = BuildSample();

        // When
        using var document = PdfReader.Open(pdf, PdfDocumentOpenMode.Import);
        var text = Text(pdf);

        // Then
        Assert.Equal(5, document.PageCount);
        Assert.Contains("Page 1 of 5", text);
        Assert.Contains("Page 5 of 5", text);
        Assert.Equal("en", document.Language);
        var outlines = document.Outlines.Select(o => o.Title).ToList();
        Assert.Equal(["Summary", "Key figures", "Highlights", "Charts", "Where sources disagree", "All figures", "Sources", "Method note"], outlines);
    }

    [Fact]
    public void Brief_SourceDateEpoch_IsByteIdentical()
    {
        // Given
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1763683200");
        try
        {
            // When
            var first = File.ReadAllBytes(BuildSample());
            var second = File.ReadAllBytes(BuildSample());

            // Then
            Assert.Equal(first, second);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", null);
        }
    }

    [Fact]
    public void Brief_CommandWithItsWarmUp_IsByteIdenticalToTheWriterAlone()
    {
        // Given: the command (which warms PDFsharp up on another thread first) and the writer called directly
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1763683200");
        try
        {
            var fromCommand = File.ReadAllBytes(BuildSample());
            var (definition, _) = BriefDefinitionReader.ReadFile(Definition);
            var model = BriefModelBuilder.Build(definition!, FigureFileReader.ReadFile(Paths.Dataset), new DateOnly(2025, 11, 21));
            using var direct = new MemoryStream();

            // When
            BriefPdfWriter.Write(model, direct, DateTimeOffset.FromUnixTimeSeconds(1763683200));

            // Then: the warm-up leaves no trace in the brief
            Assert.Equal(fromCommand, direct.ToArray());
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", null);
        }
    }

    [Fact]
    public async Task WarmUp_OnAFreshThread_NeedsNoSetUpFromItsCaller()
    {
        // When: run first thing on a thread pool thread, as the brief command runs it
        var warmUp = Task.Run(BriefWarmUp.Run, TestContext.Current.CancellationToken);

        // Then: it initialises PDFsharp itself (it once threw for want of the font resolver)
        await warmUp;
        Assert.True(warmUp.IsCompletedSuccessfully);
    }

    [Fact]
    public void Brief_TenThousandFigures_PaginatesWithRepeatedHeader()
    {
        // Given: 10,000 synthetic figures with long quotes and locations
        var folder = Paths.TempFolder();
        var data = Path.Combine(folder, "big.csv");
        var figures = Enumerable.Range(1, 10_000).Select(i => new Figure
        {
            Id = $"SYN-{i:00000}",
            Metric = (i % 3) switch { 0 => Metric.Displaced, 1 => Metric.Idps, _ => Metric.Population },
            Value = 1000 + i,
            Unit = Unit.People,
            Qualifier = (Qualifier)(i % 6),
            Location = i % 7 == 0 ? "a very long location name that will need to wrap inside its narrow table column" : "Idlib",
            CountryIso3 = "SYR",
            PeriodStart = (i % 3) == 0 ? new DateOnly(2019, 1, 1).AddDays(i % 300) : null,
            PeriodEnd = new DateOnly(2019, 1, 1).AddDays(i % 300 + 5),
            AttributedTo = "UN",
            Publisher = $"Publisher {i % 40}",
            Title = $"Article {i % 40}",
            Published = new DateOnly(2019, 12, 1),
            SourceFile = $"article-{i % 40}.txt",
            Quote = $"about {1000 + i} people",
        }).ToList();
        using (var stream = File.Create(data)) FigureCsvWriter.Write(stream, figures);
        var output = Path.Combine(folder, "big.pdf");

        // When
        var (code, _, error) = CliRunner.Run("brief", Definition, "--data", data, "--out", output);

        // Then
        Assert.True(code == 0, error);
        using var document = PdfReader.Open(output, PdfDocumentOpenMode.Import);
        Assert.True(document.PageCount > 100, $"{document.PageCount} pages");
        var text = Text(output);
        var pages = text.Split('\f').Where(p => System.Text.RegularExpressions.Regex.IsMatch(p, @"SYN-\d{5}\s+\[\d+\]")).ToList();
        Assert.True(pages.Count > 100);
        Assert.All(pages.Skip(1).SkipLast(1), page => Assert.Contains("Attributed to", page));
    }

    [Fact]
    public void Brief_EmptySelection_IsAnErrorAndWritesNothing()
    {
        // Given: a definition for an area with no figures
        var folder = Paths.TempFolder();
        var definition = Path.Combine(folder, "empty.json");
        File.WriteAllText(definition, """{ "title": "Nothing here", "area": { "admin1": "Quneitra" } }""");
        var output = Path.Combine(folder, "empty.pdf");

        // When
        var (code, _, error) = CliRunner.Run("brief", definition, "--data", Paths.Dataset, "--out", output);

        // Then
        Assert.Equal(1, code);
        Assert.Contains("selects no figures", error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Brief_BadDefinition_ReportsFileLineColumn()
    {
        // Given
        var folder = Paths.TempFolder();
        var definition = Path.Combine(folder, "bad.json");
        File.WriteAllText(definition, "{\n  \"title\": \"T\",\n  \"metrics\": [\"displacd\"],\n  \"papr\": \"A4\"\n}\n");

        // When
        var (code, _, error) = CliRunner.Run("brief", definition, "--data", Paths.Dataset, "--out", Path.Combine(folder, "x.pdf"));

        // Then
        Assert.Equal(1, code);
        Assert.Contains($"{definition}:4:3: unknown key 'papr'; did you mean 'paper'?", error);
        Assert.Contains($"{definition}:3:3: unknown metric 'displacd'; did you mean 'displaced'?", error);
        Assert.False(File.Exists(Path.Combine(folder, "x.pdf")));
    }

    [Fact]
    public void Brief_BrokenJson_ReportsWhere()
    {
        var folder = Paths.TempFolder();
        var definition = Path.Combine(folder, "broken.json");
        File.WriteAllText(definition, "{\n  \"title\": \"T\"\n  \"paper\": \"A4\"\n}\n");
        var (code, _, error) = CliRunner.Run("brief", definition, "--data", Paths.Dataset, "--out", Path.Combine(folder, "x.pdf"));
        Assert.Equal(1, code);
        Assert.StartsWith($"{definition}:3:", error);
        Assert.Contains("not valid JSON", error);
    }

    [Fact]
    public void Brief_LetterPaperAndLongTitle_WrapsAndUsesLetterSize()
    {
        // Given
        var folder = Paths.TempFolder();
        var definition = Path.Combine(folder, "letter.json");
        var title = string.Join(' ', Enumerable.Repeat("A very long brief title that must wrap across lines", 4));
        File.WriteAllText(definition, $$"""{ "title": "{{title}}", "paper": "Letter", "area": { "country": "SYR" } }""");
        var output = Path.Combine(folder, "letter.pdf");

        // When
        var (code, _, error) = CliRunner.Run("brief", definition, "--data", Paths.Dataset, "--out", output);

        // Then
        Assert.True(code == 0, error);
        using var document = PdfReader.Open(output, PdfDocumentOpenMode.Import);
        Assert.Equal(612, document.Pages[0].Width.Point, 0.5);
        Assert.Equal(792, document.Pages[0].Height.Point, 0.5);
        Assert.Contains("must wrap across lines A very long", Normalise(Text(output)));
    }

    [Fact]
    public void Gallery_SampleBrief_RendersEveryPage()
    {
        var folder = Paths.Gallery("brief");
        var pdf = BuildSample(folder, "--force"); // the gallery is rebuilt on every run
        var tool = ExternalTool.Require("pdftoppm", "poppler-utils");
        var (code, _, error) = ExternalTool.Run(tool, "-png", "-r", "80", pdf, Path.Combine(folder, "page"));
        Assert.True(code == 0, error);
        Assert.Equal(5, Directory.GetFiles(folder, "page-*.png").Length);
    }

    private static string Normalise(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
