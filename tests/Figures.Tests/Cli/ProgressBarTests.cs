using Figures.Cli;
using Figures.Tests.Support;

namespace Figures.Tests.Cli;

/// <summary>
/// The progress bar while a big file is read. One class, so that its tests, which shorten the
/// bar's timings for the whole process, never run at the same time.
/// </summary>
public sealed class ProgressBarTests
{
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
        var (firstDraw, interval) = (CliProgress.FirstDraw, CliProgress.Interval);
        try
        {
            CliProgress.FirstDraw = TimeSpan.Zero;
            CliProgress.Interval = TimeSpan.FromMilliseconds(1);
            code = FiguresCli.Run(["validate", path], output, error, errorIsTerminal: true);
        }
        finally
        {
            (CliProgress.FirstDraw, CliProgress.Interval) = (firstDraw, interval);
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
        Assert.True(new FileInfo(path).Length > CliProgress.Threshold);

        // When
        var (code, output, error) = CliRunner.Run("validate", path);

        // Then
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("200000 figures, no problems", output);
    }

    [Fact]
    public void Reading_WorkThatFails_ErasesTheBarAndLetsTheFailureThrough()
    {
        // Given: a file over the threshold (sparse: its size is all that matters here), and a bar drawn at once
        var path = Path.Combine(Paths.TempFolder(), "big.csv");
        using (var file = File.Create(path)) file.SetLength(CliProgress.Threshold + 1);
        var error = new FirstWriteSignal();
        var context = new CliContext(TextWriter.Null, error, errorIsTerminal: true);
        var (firstDraw, interval) = (CliProgress.FirstDraw, CliProgress.Interval);
        Exception? thrown;
        try
        {
            CliProgress.FirstDraw = TimeSpan.Zero;
            CliProgress.Interval = TimeSpan.FromMilliseconds(1);

            // When: the read fails once the bar is on screen
            thrown = Record.Exception(() => CliProgress.Reading<int>(context, path, progress =>
            {
                Assert.NotNull(progress);
                progress(CliProgress.Threshold / 2);
                Assert.True(error.Written.Wait(TimeSpan.FromSeconds(30)), "the bar was never drawn");
                throw new InvalidOperationException("the read failed");
            }));
        }
        finally
        {
            (CliProgress.FirstDraw, CliProgress.Interval) = (firstDraw, interval);
        }

        // Then: the failure is the caller's, and the bar is gone before anyone reports it
        Assert.Equal("the read failed", Assert.IsType<InvalidOperationException>(thrown).Message);
        Assert.Contains("reading big.csv", error.ToString());
        Assert.EndsWith("\r\u001b[2K", error.ToString());
    }

    [Fact]
    public void CreateConsole_NoColor_DrawsTheBarWithoutColours()
    {
        var line = new ProgressLine("reading big.csv", 1, 2, TimeSpan.FromSeconds(1));
        var plain = new StringWriter();
        var coloured = new StringWriter();

        CliProgress.CreateConsole(plain, noColor: true).Write(line);
        CliProgress.CreateConsole(coloured, noColor: false).Write(line);

        Assert.Contains("reading big.csv", plain.ToString());
        Assert.DoesNotContain("\u001b[3", plain.ToString()); // no foreground colour
        Assert.DoesNotContain("\u001b[9", plain.ToString()); // nor a bright one
        Assert.Contains("\u001b[32m", coloured.ToString());
    }

    // stderr as a test sees it, telling when the bar first wrote to it (from the drawing thread).
    private sealed class FirstWriteSignal : StringWriter
    {
        public ManualResetEventSlim Written { get; } = new();

        public override void Write(char value)
        {
            base.Write(value);
            Written.Set();
        }

        public override void Write(string? value)
        {
            base.Write(value);
            Written.Set();
        }

        public override void Write(char[] buffer, int index, int count)
        {
            base.Write(buffer, index, count);
            Written.Set();
        }
    }
}
