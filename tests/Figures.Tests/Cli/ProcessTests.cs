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

    [Theory]
    [InlineData("list")] // a table, through the text writer
    [InlineData("list --format csv")] // bytes, straight to the stream
    [InlineData("validate")]
    public void Output_ToAFullDevice_EndsWithAMessageAndExitCode2(string command)
    {
        Assert.SkipUnless(File.Exists("/dev/full"), "needs /dev/full (Linux), a device on which every write fails");

        // Given: stdout is /dev/full, so every write fails with "No space left on device"
        var app = Path.Combine(AppContext.BaseDirectory, "figures.dll");
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, WorkingDirectory = Paths.Repo };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec \"$0\" \"$1\" {command} > /dev/full");
        start.ArgumentList.Add(Paths.DotnetHost);
        start.ArgumentList.Add(app);

        // When
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        // Then: the user's environment, not a bug in Figures
        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith("figures: cannot write to standard output:", error);
        Assert.DoesNotContain("internal error", error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
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
