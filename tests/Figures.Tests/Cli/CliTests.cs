using System.Text.Json;
using Figures.Tests.Support;
using Figures.Core.Reading;

namespace Figures.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public void Validate_CommittedDataset_ExitsZeroWithSummary()
    {
        var (code, output, error) = CliRunner.Run("validate", Paths.Dataset);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.EndsWith("figures.csv: 16 figures, no problems\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Validate_WithSources_ChecksQuotes()
    {
        var seeds = Paths.RequireSeeds();
        var (code, output, _) = CliRunner.Run("validate", Paths.Dataset, "--sources", seeds);
        Assert.Equal(0, code);
        Assert.Contains("every quote found", output);
    }

    [Fact]
    public void Validate_BadFile_PrintsEveryProblemAndExitsOne()
    {
        // Given
        var path = Path.Combine(Paths.TempFolder(), "bad.csv");
        File.WriteAllText(path, Csv.File(Csv.RowWith(1, "displacd"), Csv.RowWith(0, "IDL-0001")));

        // When
        var (code, _, error) = CliRunner.Run("validate", path);

        // Then
        Assert.Equal(1, code);
        var lines = error.Trim().Split('\n');
        Assert.Equal($"{path}:2:10: unknown metric 'displacd'; did you mean 'displaced'?", lines[0]);
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData("not,a,figures\nfile\n", 1)]
    [InlineData("", 1)]
    public void Validate_NotAFiguresFile_ExitsWithCodeAndNoStackTrace(string content, int expected)
    {
        var path = Path.Combine(Paths.TempFolder(), "x.csv");
        File.WriteAllText(path, content);
        var (code, _, error) = CliRunner.Run("validate", path);
        Assert.Equal(expected, code);
        Assert.StartsWith(path + ":1:", error);
        Assert.DoesNotContain("Exception", error);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwo()
    {
        var (code, _, error) = CliRunner.Run("validate", "/nonexistent/figures.csv");
        Assert.Equal(2, code);
        Assert.Equal("/nonexistent/figures.csv:1:1: file not found", error.Trim());
    }

    [Fact]
    public void Validate_MissingSourcesFolder_ExitsTwo()
    {
        var (code, _, error) = CliRunner.Run("validate", Paths.Dataset, "--sources", "/nonexistent");
        Assert.Equal(2, code);
        Assert.Contains("--sources folder '/nonexistent' does not exist", error);
    }

    [Fact]
    public void List_Table_WordsValuesForReading()
    {
        var (code, output, _) = CliRunner.Run("list", "--data", Paths.Dataset, "--metric", "displaced");
        Assert.Equal(0, code);
        Assert.Contains("more than 38,500 people", output);
        Assert.Contains("1–12 September 2018", output);
        Assert.Contains("3 figures.", output);
        Assert.DoesNotContain("38500", output);
    }

    [Fact]
    public void List_UnknownMetric_SuggestsAndExitsTwo()
    {
        var (code, _, error) = CliRunner.Run("list", "--data", Paths.Dataset, "--metric", "displacd");
        Assert.Equal(2, code);
        Assert.Equal("figures: unknown metric 'displacd'; did you mean 'displaced'?", error.Trim());
    }

    [Fact]
    public void List_NothingMatches_ExitsOne()
    {
        var (code, _, error) = CliRunner.Run("list", "--data", Paths.Dataset, "--from", "2030-01-01");
        Assert.Equal(1, code);
        Assert.Contains("no figures match", error);
    }

    [Fact]
    public void List_BadDate_ExitsTwo()
    {
        var (code, _, error) = CliRunner.Run("list", "--data", Paths.Dataset, "--from", "14/09/2018");
        Assert.Equal(2, code);
        Assert.Contains("not an ISO date", error);
    }

    [Fact]
    public void List_Json_IsParseableWithNumbers()
    {
        var (code, output, _) = CliRunner.Run("list", "--data", Paths.Dataset, "--format", "json", "--metric", "idps");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Number, json.RootElement[0].GetProperty("value").ValueKind);
        Assert.Equal(4, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Export_Hxl_AddsHashtagRowUnderHeader()
    {
        var (code, output, _) = CliRunner.Run("export", "--data", Paths.Dataset, "--format", "hxl", "--metric", "idps");
        Assert.Equal(0, code);
        var lines = output.Split('\n');
        Assert.StartsWith("id,metric,value,", lines[0]);
        Assert.StartsWith("#meta+id,#indicator+code,#affected+idps+num,", lines[1]);
        Assert.Contains("#date+start", lines[1]);
        Assert.Contains("#description", lines[1]);
    }

    [Fact]
    public void Export_CsvToFile_ReadsBackAsTheSameFigures()
    {
        // Given
        var path = Path.Combine(Paths.TempFolder(), "out.csv");

        // When
        var (code, _, _) = CliRunner.Run("export", "--data", Paths.Dataset, "--out", path);

        // Then
        Assert.Equal(0, code);
        var back = FigureFileReader.ReadFile(path);
        Assert.True(back.IsValid, string.Join("\n", back.Problems));
        Assert.Equal(FigureFileReader.ReadFile(Paths.Dataset).Figures, back.Figures);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public void Export_OverItsOwnInput_IsRefused()
    {
        var path = Path.Combine(Paths.TempFolder(), "figures.csv");
        File.Copy(Paths.Dataset, path);
        var before = File.ReadAllBytes(path);
        var (code, _, error) = CliRunner.Run("export", "--data", path, "--out", path);
        Assert.Equal(2, code);
        Assert.Contains("it is this command's input", error);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Export_IntoMissingFolder_ExitsTwoAndWritesNothing()
    {
        var (code, _, error) = CliRunner.Run("export", "--data", Paths.Dataset, "--out", "/nonexistent/dir/out.csv");
        Assert.Equal(2, code);
        Assert.Contains("folder '/nonexistent/dir' does not exist", error);
    }

    [Fact]
    public void Export_InvalidDataset_WritesNothing()
    {
        // Given
        var folder = Paths.TempFolder();
        var data = Path.Combine(folder, "bad.csv");
        var output = Path.Combine(folder, "out.csv");
        File.WriteAllText(data, Csv.File(Csv.RowWith(2, "3 million")));

        // When
        var (code, _, error) = CliRunner.Run("export", "--data", data, "--out", output);

        // Then
        Assert.Equal(1, code);
        Assert.Contains("value '3 million' is written in words; write 3000000", error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void UnknownVerb_ExitsTwo()
    {
        var (code, _, error) = CliRunner.Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("figures --help", error);
    }
}
