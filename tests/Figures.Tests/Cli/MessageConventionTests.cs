using Figures.Tests.Support;

namespace Figures.Tests.Cli;

/// <summary>The CLI's message conventions: what a missing file says, plurals, report order, "did you mean" for source words.</summary>
public sealed class MessageConventionTests
{
    private static string Write(string text)
    {
        var path = Path.Combine(Paths.TempFolder(), "f.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Validate_MissingFile_SaysSoOnceAndExitsTwo()
    {
        var path = Path.Combine(Paths.TempFolder(), "nofile.csv");

        var (code, output, error) = CliRunner.Run("validate", path);

        Assert.Equal(2, code);
        Assert.Equal("", output); // not "1 problem in 0 rows"
        Assert.Equal($"{path}:1:1: file not found", error.Trim());
    }

    [Fact]
    public void Validate_OneBadRow_CountsOneRow()
    {
        var path = Write(Csv.File(Csv.RowWith(1, "displacd")));

        var (code, output, _) = CliRunner.Run("validate", path);

        Assert.Equal(1, code);
        Assert.EndsWith($"{path}: 1 problem in 1 row\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Validate_Problems_AreReportedInLineAndColumnOrder()
    {
        // Given: line 2 has a period that ends before it starts (checked after the place) and a governorate
        // that is not its p-code's, to the left of the period; line 3 names IDL-0009, which no row has
        // (checked once every row is read)
        var first = Csv.ValidFields();
        first[7] = "Aleppo";
        first[8] = "SY07";
        first[10] = "2018-09-20";
        var second = Csv.ValidFields();
        second[0] = "IDL-0002";
        second[20] = "IDL-0009";
        var path = Write(Csv.File(Csv.Row(first), Csv.Row(second)));

        var (_, _, error) = CliRunner.Run("validate", path);

        var lines = error.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{path}:2:60: admin1 'Aleppo'", lines[0]);
        Assert.StartsWith($"{path}:2:76: period_start 2018-09-20 is after period_end", lines[1]);
        Assert.StartsWith($"{path}:3:", lines[2]);
        Assert.Contains("IDL-0009", lines[2]);
    }

    [Theory]
    [InlineData("about", "approximately")]
    [InlineData("Over", "more_than")]
    [InlineData("fewer than", "less_than")]
    [InlineData("up-to", "at_most")]
    public void Validate_QualifierInTheSourcesWords_SuggestsTheVocabularyWord(string written, string meant)
    {
        var path = Write(Csv.File(Csv.RowWith(5, written)));

        var (code, _, error) = CliRunner.Run("validate", path);

        Assert.Equal(1, code);
        Assert.Contains($"unknown qualifier '{written}'; did you mean '{meant}'?", error);
    }

    [Fact]
    public void List_QualifierFilterInTheSourcesWords_SuggestsTheVocabularyWord()
    {
        var (code, _, error) = CliRunner.Run("list", "--data", Paths.Dataset, "--qualifier", "about");

        Assert.Equal(2, code);
        Assert.Equal("figures: unknown qualifier 'about'; did you mean 'approximately'?", error.Trim());
    }

    [Fact]
    public void Validate_DataOption_TakesTheDatasetAsTheOtherVerbsDo()
    {
        var (code, output, error) = CliRunner.Run("validate", "--data", Paths.Dataset);

        Assert.True(code == 0, error);
        Assert.EndsWith("figures.csv: 16 figures, no problems\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Validate_FileAndDataNamingTwoFiles_ExitsTwo()
    {
        var (code, _, error) = CliRunner.Run("validate", "other.csv", "--data", Paths.Dataset);

        Assert.Equal(2, code);
        Assert.Contains("validate takes one file", error);
    }
}
