using System.Text;
using Figures.Cli;
using Figures.Tests.Support;

namespace Figures.Tests.Cli;

/// <summary>A command given <c>-</c> as the dataset reads it from standard input (issue 20).</summary>
public sealed class StandardInputTests
{
    [Fact]
    public void Validate_Dash_ReadsStandardInput()
    {
        // Given: the curated dataset on standard input
        var (code, output, _) = Run(File.ReadAllBytes(Paths.Dataset), "validate", "-");

        // Then
        Assert.Equal(0, code);
        Assert.StartsWith("-: 16 figures, no problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DashWithBadRow_ReportedAtItsLineUnderTheDash()
    {
        // Given
        var bytes = Encoding.UTF8.GetBytes(Csv.File(Csv.RowWith(1, "displacd")));

        // When
        var (code, _, error) = Run(bytes, "validate", "--data", "-");

        // Then
        Assert.Equal(1, code);
        Assert.StartsWith("-:2:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("list", "--format", "csv")]
    [InlineData("export", "--format", "csv")]
    public void ListAndExport_DataDash_SameOutputAsTheFile(params string[] args)
    {
        // When
        var fromFile = CliRunner.Run([.. args, "--data", Paths.Dataset]);
        var fromInput = Run(File.ReadAllBytes(Paths.Dataset), [.. args, "--data", "-"]);

        // Then
        Assert.Equal(0, fromInput.ExitCode);
        Assert.Equal(fromFile.Out, fromInput.Out);
    }

    private static (int ExitCode, string Out, string Err) Run(byte[] input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = FiguresCli.Run(args, output, error, standardInput: () => new MemoryStream(input, writable: false));
        return (code, output.ToString(), error.ToString());
    }
}
