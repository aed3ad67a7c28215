using System.Diagnostics;
using Figures.Tests.Support;

namespace Figures.Tests.Cli;

/// <summary>
/// The CLI as a real process, as users run it: its own runtime settings, exports written as bytes
/// straight to stdout, and the brief's warm-up thread starting in a fresh process.
/// </summary>
public sealed class ProcessTests
{
    private static (int Code, string Out, string Err) Figures(params string[] args)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "figures.dll");
        Assert.True(File.Exists(app), $"the CLI is not built at {app}");
        var start = new ProcessStartInfo(Paths.DotnetHost) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Paths.Repo };
        start.ArgumentList.Add(app);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Brief_FreshProcess_WritesAValidPdf()
    {
        // Given
        var output = Path.Combine(Paths.TempFolder(), "brief.pdf");

        // When
        var (code, _, error) = Figures("brief", "reports/idlib-2018-2019.json", "--out", output);

        // Then
        Assert.True(code == 0, error);
        Assert.StartsWith("%PDF-", File.ReadAllText(output)[..8]);
        OutputAssert.PdfIsValid(output);
    }

    [Fact]
    public void ListAsCsv_FreshProcess_PrintsEveryFigureBeforeExiting()
    {
        // When: stdout is a pipe, written to as bytes by the export
        var (code, output, error) = Figures("list", "--format", "csv");

        // Then: the header and all 16 curated figures, the last line complete
        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,metric,value", lines[0]);
        Assert.Equal(17, lines.Length);
        Assert.EndsWith("\n", output);
    }
}
