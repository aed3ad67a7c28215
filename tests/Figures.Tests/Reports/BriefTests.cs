using Figures.Core.Model;
using Figures.Core.Wording;
using Figures.Reports.Definition;
using Figures.Reports.Model;
using Figures.Charts;
using Figures.Reports.Drawing;
using Figures.Tests.Support;
using Figures.Core.Export;
using Figures.Core.Reading;

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
        // Content-stream order: each block is drawn whole, so its words stay together whatever the columns.
        var (code, output, error) = ExternalTool.Run(tool, "-raw", pdf, "-");
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
        var model = BriefModelBuilder.Build(definition!, set.Figures, set.Fingerprint, new DateOnly(2026, 11, 21));

        // When
        var text = Normalise(Text(BuildSample()));

        // Then
        Assert.Contains(BriefDocument.Caveat, text);
        foreach (var key in model.KeyFigures)
            Assert.Contains(NumberWording.Value(key.Headline), text, StringComparison.OrdinalIgnoreCase);
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
        Assert.Contains("700,000 Syrians", text);
        Assert.Contains("about 2.5 million people", text);
        Assert.Contains("half are fighters", text);
        Assert.Contains("(derived)", text);
    }

    [Fact]
    public void Brief_SampleDefinition_EmbedsEachFaceOnceAndHasMetadata()
    {
        // Given
        var pdf = BuildSample();

        // When
        var fonts = ExternalTool.Run(ExternalTool.Require("pdffonts", "poppler-utils"), pdf).Out;
        var info = Info(pdf);

        // Then: the resolver's two faces, each embedded once however many charts and sections use it
        var rows = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Matches(@"\s+yes\s+yes\s+yes\s+", row));
        Assert.Equal(2, rows.Select(r => r.Split('+')[1].Split(' ')[0]).Distinct().Count());
        Assert.Equal("Idlib displacement figures, September 2018 – September 2019", info["Title"]);
        Assert.Equal("Figures curation team", info["Author"]);
        Assert.Equal("Figures", info["Creator"]);
        Assert.StartsWith("Figures", info["Producer"]);
        Assert.Contains("displacement", info["Keywords"]);
        Assert.StartsWith("What news and UN sources reported", info["Subject"]);
    }

    [Fact]
    public void Brief_SampleDefinition_IsUnderItsSizeBudget()
    {
        // The budget is 1.5 MB; with its faces cut down to the characters it uses, the sample is about 110 KB.
        Assert.InRange(new FileInfo(BuildSample()).Length, 20_000, 300_000);
    }

    [Fact]
    public void Brief_SampleDefinition_NumbersEveryPage()
    {
        // Given
        var pdf = BuildSample();

        // When
        var pages = int.Parse(Info(pdf)["Pages"], System.Globalization.CultureInfo.InvariantCulture);
        var text = Text(pdf);

        // Then
        Assert.InRange(pages, 2, 6);
        for (var page = 1; page <= pages; page++) Assert.Contains($"Page {page} of {pages}", text);
    }

    [Fact]
    public void Brief_Text_ExtractsAsWrittenWithoutLigatureCharacters()
    {
        // Given: HarfBuzz draws "fi" as one ligature glyph in most fonts
        var text = Text(BuildSample());

        // Then: the PDF carries the letters behind each glyph, so search and copy find "figures"
        Assert.Contains("Key figures", text);
        Assert.DoesNotContain("\uFB01", text);
        Assert.DoesNotContain("\uFB02", text);
    }

    [Fact]
    public void Brief_SameInputs_AreByteIdenticalWithoutAnyClockTime()
    {
        // When: two builds, no SOURCE_DATE_EPOCH
        var first = File.ReadAllBytes(BuildSample());
        var second = File.ReadAllBytes(BuildSample());

        // Then
        Assert.Equal(first, second);
        Assert.StartsWith("Sat Nov 21 00:00:00 2026", Info(BuildSample())["CreationDate"]);
    }

    [Fact]
    public void Brief_UnderOtherCultures_IsByteIdentical()
    {
        // Given
        var (definition, _) = BriefDefinitionReader.ReadFile(Definition);
        var set = FigureFileReader.ReadFile(Paths.Dataset);
        var fonts = FontResolver.Resolve();
        byte[] Build()
        {
            var model = BriefModelBuilder.Build(definition!, set.Figures, set.Fingerprint, new DateOnly(2026, 11, 21));
            using var output = new MemoryStream();
            BriefRenderer.WritePdf(model, fonts, output, new DateTime(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc));
            return output.ToArray();
        }
        var original = System.Globalization.CultureInfo.CurrentCulture;
        var invariant = WithCulture(System.Globalization.CultureInfo.InvariantCulture, Build);

        // Then
        foreach (var name in new[] { "tr-TR", "de-DE", "ar-SA" })
            Assert.Equal(invariant, WithCulture(new System.Globalization.CultureInfo(name), Build));
        Assert.Equal(original, System.Globalization.CultureInfo.CurrentCulture);
    }

    [Fact]
    public void Brief_SourceDateEpoch_BecomesTheCreationDate()
    {
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1763683200");
        try
        {
            Assert.StartsWith("Fri Nov 21 00:00:00 2025", Info(BuildSample())["CreationDate"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", null);
        }
    }

    [Fact]
    public void Brief_PngPreviews_OnePerPdfPage()
    {
        // Given
        var folder = Paths.TempFolder();

        // When
        var pdf = BuildSample(folder, "--png", folder);

        // Then
        var pages = int.Parse(Info(pdf)["Pages"], System.Globalization.CultureInfo.InvariantCulture);
        var images = Directory.GetFiles(folder, "idlib-2018-2019-*.png").Order().ToList();
        Assert.Equal(pages, images.Count);
        foreach (var image in images)
        {
            var bytes = File.ReadAllBytes(image);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            // A4 at 2 pixels per point
            Assert.Equal(1191, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        }
    }

    [Fact]
    public void Brief_SourceWithAddress_IsALink()
    {
        // Given: the dataset with an address for one article
        var folder = Paths.TempFolder();
        var data = Path.Combine(folder, "figures.csv");
        var set = FigureFileReader.ReadFile(Paths.Dataset);
        var figures = set.Figures.Select(f => f.SourceFile == set.Figures[0].SourceFile ? f with { Url = "https://example.org/idlib-article" } : f).ToList();
        using (var stream = File.Create(data)) FigureCsvWriter.Write(stream, figures);
        var output = Path.Combine(folder, "linked.pdf");

        // When
        var (code, _, error) = CliRunner.Run("brief", Definition, "--data", data, "--out", output);

        // Then
        Assert.True(code == 0, error);
        Assert.Contains("https://example.org/idlib-article", Text(output));
        var raw = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(output));
        Assert.Matches(@"/URI\s*\(https://example\.org/idlib-article\)", raw);
    }

    [Fact]
    public void Brief_HugeLocationWithoutSpaces_IsWrappedNotCut()
    {
        // Given: one figure whose location is 20,000 characters with no space
        var folder = Paths.TempFolder();
        var data = Path.Combine(folder, "figures.csv");
        var set = FigureFileReader.ReadFile(Paths.Dataset);
        var location = string.Concat(Enumerable.Repeat("Abcdefghij", 2_000));
        var figures = set.Figures.Select((f, i) => i == 0 ? f with { Location = location } : f).ToList();
        using (var stream = File.Create(data)) FigureCsvWriter.Write(stream, figures);
        var output = Path.Combine(folder, "long.pdf");

        // When
        var (code, _, error) = CliRunner.Run("brief", Definition, "--data", data, "--out", output);

        // Then: every character of it is in the PDF, twice (the overview's sentence and the table cell, continued across
        // pages); a line joined with its neighbours in extraction may break one repeat of the pattern at most
        Assert.True(code == 0, error);
        var text = System.Text.RegularExpressions.Regex.Replace(Text(output), @"\s+", "");
        var repeats = System.Text.RegularExpressions.Regex.Matches(text, "Abcdefghij").Count;
        Assert.InRange(repeats, 2 * 2_000 - 20, 2 * 2_000);
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
        Assert.True(int.Parse(Info(output)["Pages"], System.Globalization.CultureInfo.InvariantCulture) > 100);
        var text = Text(output);
        var pages = text.Split('\f').Where(p => System.Text.RegularExpressions.Regex.IsMatch(p, @"SYN-\d{5}\s+\[\d+\]")).ToList();
        Assert.True(pages.Count > 100);
        Assert.All(pages.Skip(1).SkipLast(1), page => Assert.Contains("Said by", page));
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
        Assert.StartsWith("612 x 792 pts", Info(output)["Page size"]);
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
        var pages = int.Parse(Info(pdf)["Pages"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(pages, Directory.GetFiles(folder, "page-*.png").Length);
        // The same pages from the brief's own raster path, to compare side by side.
        var (own, _, ownError) = CliRunner.Run("brief", Definition, "--data", Paths.Dataset, "--out", Path.Combine(folder, "again.pdf"), "--png", folder, "--force");
        Assert.True(own == 0, ownError);
    }

    private static Dictionary<string, string> Info(string pdf)
    {
        var (code, output, error) = ExternalTool.Run(ExternalTool.Require("pdfinfo", "poppler-utils"), pdf);
        Assert.True(code == 0, error);
        return output.Split('\n').Where(l => l.Contains(':')).ToDictionary(l => l[..l.IndexOf(':')], l => l[(l.IndexOf(':') + 1)..].Trim());
    }

    private static T WithCulture<T>(System.Globalization.CultureInfo culture, Func<T> action)
    {
        var original = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = culture;
        try { return action(); }
        finally { System.Globalization.CultureInfo.CurrentCulture = original; }
    }

    private static string Normalise(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
