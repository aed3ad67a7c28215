using System.Diagnostics;
using Figures.Tests.Support;

namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>
/// The CLI as a process whose standard streams fail or point somewhere they should not: it ends
/// promptly, with a non-zero code, without a stack trace, and never writes over its input.
/// </summary>
public sealed class StandardStreamTests
{
    private static readonly string Bad = Path.Combine(Paths.Repo, "tests", "Figures.Tests", "CrossCutting", "BadInputCorpus", "Corpus", "metric-wrong-case.csv");

    [Theory]
    [InlineData("validate \"$2\" 2>/dev/full")]
    [InlineData("export --data \"$2\" 2>/dev/full")]
    [InlineData("export --data \"$3\" --out /nonexistent/x.csv 2>/dev/full")]
    public void StandardError_Full_EndsWithExitTwoAndNoTrace(string command)
    {
        RequireLinux();

        // When: every write to stderr fails with "No space left on device"
        var (code, output, _) = Shell($"\"$0\" \"$1\" {command}");

        // Then: nowhere to report, so nothing more is written; the code says it failed
        Assert.Equal(2, code);
        Assert.DoesNotContain("at Figures", output);
    }

    [Theory]
    [InlineData("validate \"$3\"")]
    [InlineData("export --data \"$3\"")]
    [InlineData("list --data \"$3\"")]
    public void StandardOutput_Closed_EndsWithExitTwoAndAMessage(string command)
    {
        RequireLinux();

        // When: the shell closed stdout (>&-)
        var (code, _, error) = Shell($"\"$0\" \"$1\" {command} >&-");

        // Then
        Assert.Equal(2, code);
        Assert.Equal("figures: cannot write to standard output: it is closed", error.Trim());
    }

    [Theory]
    [InlineData("export --data \"$4\"")]
    [InlineData("list --data \"$4\" --format json")]
    [InlineData("generate --rows 200000 --out -")]
    public void StandardOutput_ReaderLeaves_EndsWith141AndNoMessage(string command)
    {
        RequireLinux();

        // When: `| head -c 100` reads 100 bytes of a large output and goes away
        var (code, output, error) = Shell($"\"$0\" \"$1\" {command} | head -c 100 >/dev/null; echo \"${{PIPESTATUS[0]}}\"");

        // Then: ended as SIGPIPE would end it, silently
        Assert.True(output.Trim() == "141", $"exit {output.Trim()}: {error}");
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData(">>")]
    [InlineData("1<>")]
    public void StandardOutput_IsTheInput_IsRefusedAndInputUnchanged(string redirect)
    {
        RequireLinux();

        // Given
        var data = Path.Combine(Paths.TempFolder(), "data.csv");
        File.Copy(Paths.Dataset, data);
        var before = File.ReadAllBytes(data);

        // When
        var (code, _, error) = Shell($"\"$0\" \"$1\" export --data \"$5\" {redirect} \"$5\"", data);

        // Then
        Assert.Equal(2, code);
        Assert.StartsWith("figures: refusing to write: standard output is", error);
        Assert.Equal(before, File.ReadAllBytes(data));
    }

    [Fact]
    public void Export_IntoAWriteOnlyFolder_WritesWithoutAnInternalError()
    {
        RequireLinux();
        if (!OperatingSystem.IsLinux()) return;

        // Given: a folder its user may write into but not list (root ignores modes, so the CLI runs as nobody)
        var folder = Paths.TempFolder();
        var data = Path.Combine(folder, "data.csv");
        File.Copy(Paths.Dataset, data);
        var output = Path.Combine(folder, "wo");
        Directory.CreateDirectory(output);
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(data, (UnixFileMode)0b110_100_100);
        File.SetUnixFileMode(output, (UnixFileMode)0b011_011_011);
        var asNobody = Environment.UserName == "root" ? "HOME=/tmp setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
        if (asNobody.Length > 0)
        {
            Assert.SkipUnless(File.Exists("/usr/bin/setpriv"), "needs setpriv to run as another user than root");
            foreach (var dir in Ancestors(folder)) File.SetUnixFileMode(dir, File.GetUnixFileMode(dir) | UnixFileMode.OtherExecute);
        }

        // When
        var (code, _, error) = Shell($"{asNobody}\"$0\" \"$1\" export --data \"$5\" --out \"$6\"", data, Path.Combine(output, "x.csv"));

        // Then
        Assert.True(code == 0, error);
        Assert.DoesNotContain("internal error", error);
    }

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var dir = new DirectoryInfo(folder).Parent; dir is not null && dir.FullName != "/tmp" && dir.FullName != "/"; dir = dir.Parent)
            yield return dir.FullName;
    }

    private static void RequireLinux() =>
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/bin/bash") && File.Exists("/dev/full"), "needs Linux, bash and /dev/full");

    // $0 dotnet, $1 figures.dll, $2 a bad file, $3 the dataset, $4 a large valid file, $5 and $6 extra arguments.
    private static (int Code, string Out, string Err) Shell(string script, params string[] extra)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "figures.dll");
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var arg in new[] { "-c", script, Paths.DotnetHost, app, Bad, Paths.Dataset, Large() }.Concat(extra)) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static readonly Lazy<string> LargeFile = new(() =>
    {
        var path = Path.Combine(Paths.TempFolder(), "large.csv");
        var (code, _, error) = CliRunner.Run("generate", "--rows", "20000", "--seed", "3", "--out", path);
        Assert.True(code == 0, error);
        return path;
    });

    private static string Large() => LargeFile.Value;
}
