using Figures.Tests.Support;
using Figures.Core.Reading;

namespace Figures.Tests.Cli.Generate;

public sealed class GenerateCommandTests
{
    [Fact]
    public void Generate_Rows_WritesAValidFileAtomically()
    {
        // Given
        var folder = Paths.TempFolder();
        var path = Path.Combine(folder, "big.csv");

        // When
        var (code, _, error) = CliRunner.Run("generate", "--rows", "3000", "--seed", "3", "--out", path);

        // Then
        Assert.Equal(0, code);
        Assert.Contains("wrote 3000 synthetic figures", error);
        var set = FigureFileReader.ReadFile(path);
        Assert.True(set.IsValid);
        Assert.Equal(3000, set.ValidCount);
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public void Generate_ZeroRows_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("generate", "--rows", "0", "--out", Path.Combine(Paths.TempFolder(), "x.csv"));
        Assert.Equal(2, code);
        Assert.Contains("--rows must be at least 1", error);
    }
}
