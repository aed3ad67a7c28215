using Figures.Core.Csv;
using Figures.Tests.Support;

namespace Figures.Tests.Scale;

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

    [Fact]
    public void Validate_BigFileWhenStderrIsATerminal_DrawsTheBarAsItReads()
    {
        // Given: a file just over the progress threshold, and stderr said to be a terminal
        var path = Path.Combine(Paths.TempFolder(), "big.csv");
        Assert.Equal(0, CliRunner.Run("generate", "--rows", "200000", "--out", path).ExitCode);
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When: drawing from the start and every millisecond, so that a fast machine cannot finish before a draw
        var code = 0;
        var (firstDraw, interval) = (Figures.Cli.CliProgress.FirstDraw, Figures.Cli.CliProgress.Interval);
        try
        {
            Figures.Cli.CliProgress.FirstDraw = TimeSpan.Zero;
            Figures.Cli.CliProgress.Interval = TimeSpan.FromMilliseconds(1);
            code = Figures.Cli.FiguresCli.Run(["validate", path], output, error, errorIsTerminal: true);
        }
        finally
        {
            (Figures.Cli.CliProgress.FirstDraw, Figures.Cli.CliProgress.Interval) = (firstDraw, interval);
        }

        // Then: the bar names the file and shows how far the read got (drawn as it goes, not just at the end)
        Assert.Equal(0, code);
        Assert.Contains("reading big.csv", error.ToString());
        Assert.Matches(@"[1-9][0-9]?%", error.ToString());
        // and is erased once the read is over, so that only the command's own messages stay on screen
        Assert.EndsWith("\r\u001b[2K", error.ToString());
        Assert.Contains("200000 figures, no problems", output.ToString());
    }

    [Fact]
    public void Validate_BigFileWhenStderrIsNotATerminal_PrintsNoProgress()
    {
        // Given: a file just over the progress threshold
        var path = Path.Combine(Paths.TempFolder(), "big.csv");
        Assert.Equal(0, CliRunner.Run("generate", "--rows", "200000", "--out", path).ExitCode);
        Assert.True(new FileInfo(path).Length > Figures.Cli.CliProgress.Threshold);

        // When
        var (code, output, error) = CliRunner.Run("validate", path);

        // Then
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("200000 figures, no problems", output);
    }
}
