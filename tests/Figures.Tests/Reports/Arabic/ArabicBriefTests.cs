using System.Globalization;
using System.Text.RegularExpressions;
using Figures.Core.Reading;
using Figures.Core.Wording;
using Figures.Reports.Definition;
using Figures.Reports.Model;
using Figures.Tests.Support;

namespace Figures.Tests.Reports.Arabic;

/// <summary>The sample Arabic brief, built from the committed definition and dataset and read back with poppler.</summary>
public sealed class ArabicBriefTests
{
    private static readonly string Definition = Path.Combine(Paths.Repo, "reports", "idlib-2018-2019.ar.json");

    /// <summary>The right margin of an A4 page, in points: where a right-to-left line starts.</summary>
    private const double RightEdge = 595.28 - 56;

    private static string Build(string? folder = null, params string[] extra)
    {
        var output = Path.Combine(folder ?? Paths.TempFolder(), "brief.ar.pdf");
        var (code, _, error) = CliRunner.Run(["brief", Definition, "--data", Paths.Dataset, "--out", output, .. extra]);
        Assert.True(code == 0, error);
        return output;
    }

    // pdftotext's reading order (not -raw, which keeps the content stream's visual order) puts right-to-left text back
    // in logical order. It misplaces the spaces next to a run of digits and reverses the letters of a lam-alef ligature
    // (Chromium's own Arabic PDFs read back the same way), so the checks below stay clear of both.
    private static string Text(string pdf)
    {
        var (code, output, error) = ExternalTool.Run(ExternalTool.Require("pdftotext", "poppler-utils"), pdf, "-");
        Assert.True(code == 0, error);
        return Regex.Replace(Regex.Replace(output, "[\u202A-\u202E\u2066-\u2069]", ""), @"\s+", " ");
    }

    // Each word poppler finds, with its page and box; bbox mode gives a right-to-left word's letters in visual order.
    private static List<(int Page, string Text, double Left, double Right, double Top)> Words(string pdf)
    {
        var (code, output, error) = ExternalTool.Run(ExternalTool.Require("pdftotext", "poppler-utils"), "-bbox", pdf, "-");
        Assert.True(code == 0, error);
        var words = new List<(int, string, double, double, double)>();
        var page = 0;
        foreach (var line in output.Split('\n'))
        {
            if (line.Contains("<page ", StringComparison.Ordinal)) page++;
            var match = Regex.Match(line, "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">(.*)</word>");
            if (!match.Success) continue;
            double At(int group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
            words.Add((page, match.Groups[4].Value, At(1), At(3), At(2)));
        }
        return words;
    }

    private static string Visual(string word) => new(word.Reverse().ToArray());

    // The Arabic words of a text (letters only), in order: what reading order is, whatever poppler does with spaces.
    private static string ArabicWords(string text) => string.Join(' ', Regex.Matches(text, "[\u0621-\u064A]+").Select(m => m.Value));

    [Fact]
    public void Brief_Arabic_TextExtractsInLogicalOrder()
    {
        // When
        var text = Text(Build());

        // Then: whole phrases, and the words of a sentence around its numbers, in the order they are written
        Assert.Contains("أرقام رئيسية", text, StringComparison.Ordinal);
        Assert.Contains("الأرقام كما أوردتها المصادر المذكورة", text, StringComparison.Ordinal);
        Assert.Contains("حيث تختلف المصادر", text, StringComparison.Ordinal);
        Assert.Contains("محافظة إدلب والمناطق المحيطة بها في شمال غرب سوريا", text, StringComparison.Ordinal);
        Assert.Contains("التاريخ غير مذكور", text, StringComparison.Ordinal);
        Assert.Contains(ArabicWords("بين ١ و١٢ أيلول ٢٠١٨، نزح أكثر من ٣٨٬٥٠٠ شخص في"), ArabicWords(text), StringComparison.Ordinal);
        Assert.Contains("The New Arab", text, StringComparison.Ordinal);
        Assert.DoesNotContain("38500", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_Arabic_EveryKeyNumberKeepsItsArabicQualifier()
    {
        // Given
        var set = FigureFileReader.ReadFile(Paths.Dataset);
        var (definition, _) = BriefDefinitionReader.ReadFile(Definition);
        var model = BriefModelBuilder.Build(definition!, set.Figures, set.Fingerprint, new DateOnly(2026, 11, 21));
        Assert.Equal(DigitStyle.ArabicIndic, definition!.Digits);

        // When
        var text = Text(Build());

        // Then: every headline number right after its qualifier (no Western digit anywhere in them)
        Assert.NotEmpty(model.KeyFigures);
        foreach (var key in model.KeyFigures)
        {
            var value = NumberWording.Value(key.Headline, model.Words);
            var qualifier = NumberWording.QualifierPhrase(key.Headline.Qualifier, model.Words);
            Assert.DoesNotMatch("[0-9]", value);
            var number = Regex.Match(value, "[\u0660-\u0669\u066B\u066C]+");
            // poppler reads the lam-alef ligature of "لا" back as "ال"
            if (qualifier.Length > 0 && number.Success)
                Assert.Matches(Regex.Escape(qualifier.Replace("لا", "ال", StringComparison.Ordinal)) + @"\s*" + Regex.Escape(number.Value), text);
        }
        Assert.Matches(@"أكثر من\s*٣٨٬٥٠٠", text);
        Assert.Matches(@"نحو\s*النصف", text);
    }

    [Fact]
    public void Brief_Arabic_IsByteIdenticalAcrossRuns()
    {
        Assert.Equal(File.ReadAllBytes(Build()), File.ReadAllBytes(Build()));
    }

    [Fact]
    public void Brief_Arabic_HeadingsStartAtTheRightMargin()
    {
        // When
        var words = Words(Build());

        // Then: the title's and a heading's first words end at the right margin, as a right-to-left line starts there
        var title = words.First(w => w.Text == Visual("أرقام"));
        Assert.InRange(title.Right, RightEdge - 1, RightEdge + 1);
        var heading = words.First(w => w.Text == Visual("المصادر") && words.Any(o => o.Page == w.Page && Math.Abs(o.Top - w.Top) < 1 && o.Text == Visual("تختلف")));
        Assert.InRange(words.Where(w => w.Page == heading.Page && Math.Abs(w.Top - heading.Top) < 1).Max(w => w.Right), RightEdge - 1, RightEdge + 1);
    }

    [Fact]
    public void Brief_Arabic_TableHasItsFirstColumnOnTheRight()
    {
        // When
        var words = Words(Build());

        // Then: on every header row, "Figure" (الرقم) is at the right margin and "Src" (مرجع) at the left
        var sources = words.Where(w => w.Text == Visual("مرجع")).ToList();
        Assert.NotEmpty(sources);
        foreach (var src in sources)
        {
            var first = words.Single(w => w.Page == src.Page && Math.Abs(w.Top - src.Top) < 1 && w.Text == Visual("الرقم"));
            Assert.InRange(first.Right, RightEdge - 5, RightEdge);
            Assert.True(src.Left < 130, $"the last column starts at {src.Left}");
        }
    }

    [Fact]
    public void Brief_Arabic_PageNumbersOnTheLeftAndRunningHeaderOnTheRight()
    {
        // When
        var words = Words(Build());
        var pages = words.Max(w => w.Page);

        // Then
        Assert.InRange(pages, 2, 8);
        for (var page = 1; page <= pages; page++)
        {
            var number = words.Single(w => w.Page == page && w.Text == Visual("الصفحة"));
            Assert.True(number.Left < 100, $"page {page}: the page number is at {number.Left}");
            if (page == 1) continue;
            var header = words.Where(w => w.Page == page && w.Top < 45).ToList();
            Assert.InRange(header.Max(w => w.Right), RightEdge - 1, RightEdge + 1);
        }
    }

    [Fact]
    public void Brief_Arabic_QuotesStayInTheirLanguageMarkedAsSuch()
    {
        // Given: the quotes shown where sources disagree (a sentence quoted twice is shown once)
        var set = FigureFileReader.ReadFile(Paths.Dataset);
        var (definition, _) = BriefDefinitionReader.ReadFile(Definition);
        var model = BriefModelBuilder.Build(definition!, set.Figures, set.Fingerprint, new DateOnly(2026, 11, 21));
        var quotes = model.Disagreements.Sum(d => d.Figures.Select(f => f.Quote.Trim()).Distinct().Count());

        // When
        var text = Text(Build());

        // Then: the sources' English words, verbatim, each introduced as the source's words in their original
        // language (and so is the projection quoted in the overview)
        Assert.Contains("Some three million people live in the zone now", text, StringComparison.Ordinal);
        var marks = Regex.Matches(text, "بلغة المصدر الأصلية").Count;
        Assert.True(marks >= quotes + 1, $"{marks} marks for {quotes} quotes and the projection");
    }

    [Fact]
    public void Brief_LanguageOption_WritesTheArabicEditionBesideTheEnglishDefinition()
    {
        // Given: a copy of the English sample definition in a folder of its own
        var folder = Paths.TempFolder();
        var english = Path.Combine(folder, "sample.json");
        File.Copy(Path.Combine(Paths.Repo, "reports", "idlib-2018-2019.json"), english);

        // When: built twice, the second time without --force (reports/NAME.ar.pdf is the brief's own product)
        var first = CliRunner.Run("brief", english, "--data", Paths.Dataset, "--language", "ar");
        var second = CliRunner.Run("brief", english, "--data", Paths.Dataset, "--language", "ar");

        // Then
        Assert.True(first.ExitCode == 0, first.Err);
        Assert.True(second.ExitCode == 0, second.Err);
        Assert.True(File.Exists(Path.Combine(folder, "sample.ar.pdf")));
        Assert.False(File.Exists(Path.Combine(folder, "sample.pdf")));
        Assert.Contains("أرقام رئيسية", Text(Path.Combine(folder, "sample.ar.pdf")), StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_NoDefinition_BuildsEveryEditionInTheReportsFolder()
    {
        // Given: the sample set, English and Arabic
        var folder = Paths.TempFolder();
        foreach (var name in new[] { "idlib-2018-2019.json", "idlib-2018-2019.ar.json" })
            File.Copy(Path.Combine(Paths.Repo, "reports", name), Path.Combine(folder, name));

        // When: the README's main job, with no definition named
        var (code, _, error) = CliRunner.Run("brief", "--reports", folder, "--data", Paths.Dataset);

        // Then
        Assert.True(code == 0, error);
        Assert.Contains("Key figures", Text(Path.Combine(folder, "idlib-2018-2019.pdf")), StringComparison.Ordinal);
        Assert.Contains("أرقام رئيسية", Text(Path.Combine(folder, "idlib-2018-2019.ar.pdf")), StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_English_HasNoArabicWordsOfItsOwn()
    {
        // Given: the English sample, built beside the Arabic one by the same process
        var folder = Paths.TempFolder();
        Build(folder);
        var english = Path.Combine(folder, "brief.pdf");
        var (code, _, error) = CliRunner.Run("brief", Path.Combine(Paths.Repo, "reports", "idlib-2018-2019.json"), "--data", Paths.Dataset, "--out", english);
        Assert.True(code == 0, error);

        // Then: the dataset has no Arabic text, so no Arabic letter or digit may reach the English brief
        Assert.DoesNotMatch("[\u0600-\u06FF]", Text(english));
    }

    [Fact]
    public void Gallery_ArabicSampleBrief_RendersEveryPage()
    {
        var folder = Paths.Gallery("brief-ar");
        foreach (var old in Directory.GetFiles(folder, "*.png")) File.Delete(old);
        var pdf = Build(folder, "--force", "--png", folder); // the gallery is rebuilt on every run
        var (code, _, error) = ExternalTool.Run(ExternalTool.Require("pdftoppm", "poppler-utils"), "-png", "-r", "110", pdf, Path.Combine(folder, "page"));
        Assert.True(code == 0, error);
        var pages = Words(pdf).Max(w => w.Page);
        Assert.Equal(pages, Directory.GetFiles(folder, "page-*.png").Length);
        Assert.Equal(pages, Directory.GetFiles(folder, "idlib-2018-2019.ar-*.png").Length);
    }

    [Fact]
    public void Brief_ArabicAsHtml_IsRefusedWithExitTwo()
    {
        var (code, _, error) = CliRunner.Run("brief", Definition, "--data", Paths.Dataset, "--format", "html", "--out", Path.Combine(Paths.TempFolder(), "a.html"));
        Assert.Equal(2, code);
        Assert.Contains("PDF", error, StringComparison.Ordinal);
    }
}
