using Figures.Charts;
using Figures.Tests.Support;

namespace Figures.Tests.Charts;

public class ChartCommandTests
{
    [Theory]
    [InlineData("timeline", "svg")]
    [InlineData("sources", "pdf")]
    [InlineData("bars", "svg")]
    public void Chart_RealDataset_WritesTheFileAndExitsZero(string kind, string extension)
    {
        // Given
        var output = Path.Combine(Paths.TempFolder(), "chart." + extension);
        // When
        var (code, _, err) = CliRunner.Run("chart", "--data", Paths.Dataset, "--kind", kind, "--out", output);
        // Then
        Assert.True(code == 0, err);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public void Chart_Png_WritesAPngFile()
    {
        // Given
        var output = Path.Combine(Paths.TempFolder(), "chart.png");
        // When
        var (code, _, err) = CliRunner.Run("chart", "--data", Paths.Dataset, "--out", output, "--title", "Idlib");
        // Then
        Assert.True(code == 0, err);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(output)[..4]);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, "*.tmp"));
    }

    [Theory]
    [InlineData("480", "300", "showing 16 of 16 selected figures")]
    [InlineData("240", "200", "showing 11 of 16 selected figures")]
    public void Chart_Message_CountsTheFiguresShown(string width, string height, string expected)
    {
        // Given
        var output = Path.Combine(Paths.TempFolder(), "chart.svg");
        // When
        var (code, _, err) = CliRunner.Run("chart", "--data", Paths.Dataset, "--out", output, "--width", width, "--height", height);
        // Then
        Assert.True(code == 0, err);
        Assert.Contains($"wrote a timeline chart {expected} to {output}", err);
    }

    [Fact]
    public void Chart_FontFileMissing_ExitsTwoNamingItAndWritesNothing()
    {
        // Given
        var output = Path.Combine(Paths.TempFolder(), "chart.svg");
        // When
        var (code, _, err) = CliRunner.Run("chart", "--data", Paths.Dataset, "--out", output, "--font", "/no/such/font.ttf");
        // Then
        Assert.Equal(2, code);
        Assert.Contains("font '/no/such/font.ttf' does not exist", err);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Chart_FontFile_DrawsWithIt()
    {
        // Given the DejaVu Sans Bold file as the regular face
        var bold = FontResolver.Resolve().Bold.Path;
        var output = Path.Combine(Paths.TempFolder(), "chart.svg");
        // When
        var (code, _, err) = CliRunner.Run("chart", "--data", Paths.Dataset, "--out", output, "--font", bold);
        // Then
        // Then every text is drawn in the bold face (the default draws only titles bold)
        Assert.True(code == 0, err);
        var svg = File.ReadAllText(output);
        Assert.True(svg.Split("font-weight=").Length - 1 >= 30, "most texts should be drawn in the bold face given as --font");
    }

    [Fact]
    public void Chart_NoFigureMatches_ExitsOneAndWritesNothing()
    {
        // Given
        var output = Path.Combine(Paths.TempFolder(), "chart.svg");
        // When
        var (code, _, err) = CliRunner.Run("chart", "--data", Paths.Dataset, "--publisher", "Nobody", "--out", output);
        // Then
        Assert.Equal(1, code);
        Assert.Contains("nothing to chart", err);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Chart_OutInMissingFolder_ExitsTwoAndWritesNothing()
    {
        // Given
        var output = Path.Combine(Paths.TempFolder(), "no-such-folder", "chart.svg");
        // When
        var (code, _, err) = CliRunner.Run("chart", "--data", Paths.Dataset, "--out", output);
        // Then
        Assert.Equal(2, code);
        Assert.Contains("does not exist", err);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Chart_UnknownExtension_ExitsTwoNamingTheFormats()
    {
        // Given
        var output = Path.Combine(Paths.TempFolder(), "chart.jpg");
        // When
        var (code, _, err) = CliRunner.Run("chart", "--data", Paths.Dataset, "--out", output);
        // Then
        Assert.Equal(2, code);
        Assert.Contains(".svg, .pdf or .png", err);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Chart_OutIsTheDataFile_ExitsTwoAndLeavesItAlone()
    {
        // Given a copy of the dataset named like a chart
        var folder = Paths.TempFolder();
        var data = Path.Combine(folder, "figures.svg");
        File.Copy(Paths.Dataset, data);
        var before = File.ReadAllBytes(data);
        // When
        var (code, _, err) = CliRunner.Run("chart", "--data", data, "--out", data);
        // Then
        Assert.Equal(2, code);
        Assert.Contains("input", err);
        Assert.Equal(before, File.ReadAllBytes(data));
    }

    [Fact]
    public void Chart_UnwritableFolder_ExitsTwo()
    {
        // Given a folder this user may not write to: a read-only temp folder, or /sys for root (which ignores file modes)
        if (!OperatingSystem.IsLinux()) Assert.Skip("the unwritable folder is set up with Linux file modes");
        var folder = Environment.UserName == "root" ? "/sys" : Paths.TempFolder();
        if (folder != "/sys" && OperatingSystem.IsLinux()) File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        // When
        var (code, _, err) = CliRunner.Run("chart", "--data", Paths.Dataset, "--out", Path.Combine(folder, "chart.svg"));
        // Then
        Assert.Equal(2, code);
        Assert.Contains("permission denied", err);
    }

    [Fact]
    public void Chart_UnknownKind_ExitsTwo()
    {
        // Given / When
        var (code, _, _) = CliRunner.Run("chart", "--data", Paths.Dataset, "--kind", "pie", "--out", "x.svg");
        // Then
        Assert.Equal(2, code);
    }
}
