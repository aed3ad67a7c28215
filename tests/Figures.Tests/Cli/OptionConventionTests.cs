using Figures.Tests.Support;

namespace Figures.Tests.Cli;

/// <summary>Short options for the common flags, and help that names what a value is (FILE), not the option (&lt;out&gt;).</summary>
public sealed class OptionConventionTests
{
    [Fact]
    public void Export_ShortOptions_MeanOutFormatAndMetric()
    {
        var path = Path.Combine(Paths.TempFolder(), "displaced.json");

        var (code, _, error) = CliRunner.Run("export", "--data", Paths.Dataset, "-f", "json", "-m", "displaced", "-o", path);

        Assert.True(code == 0, error);
        var json = File.ReadAllText(path);
        Assert.StartsWith("[", json);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(json, "\"metric\":\\s*\"displaced\""));
        Assert.DoesNotMatch("\"metric\":\\s*\"idps\"", json);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("extract")]
    [InlineData("generate")]
    [InlineData("chart")]
    [InlineData("brief")]
    public void Help_OutOption_NamesAFile(string verb)
    {
        var (code, output, _) = CliRunner.Run(verb, "--help");

        Assert.Equal(0, code);
        Assert.Contains("-o, --out <FILE>", output);
        Assert.DoesNotContain("<out>", output);
    }

    [Fact]
    public void Help_Validate_NamesItsFileAndFolder()
    {
        var (_, output, _) = CliRunner.Run("validate", "--help");

        Assert.Contains("validate [<FILE>] [options]", output);
        Assert.Contains("--sources <DIR>", output);
        Assert.Contains("--data <FILE>", output);
    }
}
