using System.Globalization;
using System.Text;
using Figures.Core.Model;
using Figures.Tests.Support;
using Figures.Core.Reading;

namespace Figures.Tests.Core.Extraction;

public sealed class ExtractCommandTests
{
    private const string Article = "Shelling empties villages\n\n18 June, 2021\n\n"
        + "Shelling has hit at least nine villages in southern Idlib, forcing around 1,200 families to leave, officials told Reuters.\n\n"
        + "Tens of thousands more are on the move.\n";

    private static string WriteArticle(string folder, string text, string name = "article.txt")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Extract_Article_WritesCandidatesInDatasetSchemaToStdout()
    {
        // Given
        var article = WriteArticle(Paths.TempFolder(), Article);

        // When
        var (code, stdout, stderr) = CliRunner.Run("extract", article, "--publisher", "The New Arab");

        // Then
        Assert.Equal(0, code);
        var set = FigureFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(stdout)), "stdout");
        Assert.Equal(string.Join(",", FigureColumns.All), stdout.Split('\n')[0]);
        Assert.Equal(2, set.RowCount);
        Assert.All(stdout.Split('\n').Skip(1).Where(l => l.Length > 0), line => Assert.StartsWith(",", line, StringComparison.Ordinal));
        Assert.Contains("2 candidates", stderr, StringComparison.Ordinal);
        Assert.Contains("1 vague mention", stderr, StringComparison.Ordinal);
        Assert.Contains(",localities_attacked,9,,localities,at_least,southern Idlib,Idlib,SY07,SYR,,2021-06-18,officials,The New Arab,", stdout, StringComparison.Ordinal);
        Assert.Contains(",displaced,1200,,households,approximately,", stdout, StringComparison.Ordinal);
        Assert.Contains("The New Arab,Shelling empties villages,2021-06-18,,article.txt,", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TitleAndPublishedOptions_OverrideTheArticleHead()
    {
        // Given
        var article = WriteArticle(Paths.TempFolder(), Article);

        // When
        var (code, stdout, _) = CliRunner.Run("extract", article, "--title", "Own title", "--published", "2021-06-20", "--url", "https://example.org/a");

        // Then
        Assert.Equal(0, code);
        Assert.Contains("Own title,2021-06-20,https://example.org/a,article.txt", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_OutOption_WritesFileAndNothingToStdout()
    {
        // Given
        var folder = Paths.TempFolder();
        var article = WriteArticle(folder, Article);
        var output = Path.Combine(folder, "candidates.csv");

        // When
        var (code, stdout, stderr) = CliRunner.Run("extract", article, "--out", output);

        // Then
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.True(FigureFileReader.ReadFile(output).RowCount == 2);
        Assert.Contains("written to", stderr, StringComparison.Ordinal);
        Assert.Equal([article, output], Directory.GetFiles(folder).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("figures.csv")]
    [InlineData("FIGURES.CSV")]
    public void Extract_OutIsFiguresCsv_RefusesAndWritesNothing(string name)
    {
        // Given
        var folder = Paths.TempFolder();
        var article = WriteArticle(folder, Article);
        var output = Path.Combine(folder, name);

        // When
        var (code, _, stderr) = CliRunner.Run("extract", article, "--out", output);

        // Then
        Assert.Equal(2, code);
        Assert.Contains("refusing", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Extract_OutIsTheArticle_RefusesAndLeavesItUnchanged()
    {
        // Given
        var article = WriteArticle(Paths.TempFolder(), Article);

        // When
        var (code, _, stderr) = CliRunner.Run("extract", article, "--out", article);

        // Then
        Assert.Equal(2, code);
        Assert.Contains("refusing", stderr, StringComparison.Ordinal);
        Assert.Equal(Article, File.ReadAllText(article));
    }

    public static TheoryData<string, byte[], string> BadArticles => new()
    {
        { "empty", [], "is empty" },
        { "binary", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A], "NUL bytes" },
        { "utf16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Some 3,000 people fled.")).ToArray(), "UTF-16" },
        { "utf16-no-bom", Encoding.Unicode.GetBytes("Some 3,000 people fled."), "NUL bytes" },
        { "latin1", Encoding.Latin1.GetBytes("Réfugiés: 3,000 people fled."), "not UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BadArticles))]
    public void Extract_UnreadableArticle_ExitsTwoWithMessageAndWritesNothing(string kind, byte[] bytes, string message)
    {
        // Given
        var folder = Paths.TempFolder();
        var article = Path.Combine(folder, kind + ".txt");
        File.WriteAllBytes(article, bytes);
        var output = Path.Combine(folder, "candidates.csv");

        // When
        var (code, stdout, stderr) = CliRunner.Run("extract", article, "--out", output);

        // Then
        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
        Assert.Equal([article], Directory.GetFiles(folder));
    }

    [Fact]
    public void Extract_HundredMegabyteFile_ExitsTwoWithoutReadingIt()
    {
        // Given a 100 MB file (sparse, so the test stays fast)
        var folder = Paths.TempFolder();
        var article = Path.Combine(folder, "huge.txt");
        using (var stream = File.Create(article)) stream.SetLength(100L * 1024 * 1024);

        // When
        var (code, stdout, stderr) = CliRunner.Run("extract", article);

        // Then
        Assert.Equal(2, code);
        Assert.Contains("100.0 MB", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void Extract_MissingArticle_ExitsTwo()
    {
        // Given / When
        var (code, _, stderr) = CliRunner.Run("extract", Path.Combine(Paths.TempFolder(), "nope.txt"));

        // Then
        Assert.Equal(2, code);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_BadPublishedDate_ExitsTwo()
    {
        // Given
        var article = WriteArticle(Paths.TempFolder(), Article);

        // When
        var (code, _, stderr) = CliRunner.Run("extract", article, "--published", "14/09/2018");

        // Then
        Assert.Equal(2, code);
        Assert.Contains("yyyy-MM-dd", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_UnderCultureWithCommaDecimals_GivesTheSameBytes()
    {
        // Given a culture that writes 1.800.000,5 (the build runs in invariant-globalization mode, so it is built by hand)
        var article = WriteArticle(Paths.TempFolder(), Article + "\nSome 1.8 million are displaced, about half of them in Idlib.\n");
        var invariant = CliRunner.Run("extract", article).Out;
        var commaCulture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaCulture.NumberFormat.NumberDecimalSeparator = ",";
        commaCulture.NumberFormat.NumberGroupSeparator = ".";
        commaCulture.DateTimeFormat.DateSeparator = ".";
        commaCulture.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

        // When
        string stdout;
        try
        {
            CultureInfo.CurrentCulture = commaCulture;
            CultureInfo.CurrentUICulture = commaCulture;
            stdout = CliRunner.Run("extract", article).Out;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }

        // Then
        Assert.Equal(invariant, stdout);
        Assert.Contains(",idps,1800000,,people,", stdout, StringComparison.Ordinal);
        Assert.Contains(",2021-06-18,", stdout, StringComparison.Ordinal);
    }
}
