using System.Diagnostics;

namespace Figures.Tests.Support;

/// <summary>
/// Runs the Debian tools some tests check outputs with (qpdf, pdftotext, rsvg-convert, ...).
/// On a user's machine a missing tool skips the test with a reason; under CI=true it fails,
/// because .ci/run installs every tool and a skipped check is a check not made.
/// </summary>
public static class ExternalTool
{
    /// <summary>Whether the tests run in CI (CI=true).</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tool's full path; skips (or fails in CI) when it is not installed.</summary>
    public static string Require(string tool, string debianPackage)
    {
        var found = Find(tool);
        if (found is not null) return found;
        var reason = $"'{tool}' is not installed (Debian package {debianPackage})";
        if (InCi) Assert.Fail(reason + ": .ci/run must install it");
        Assert.Skip(reason);
        return "";
    }

    /// <summary>The tool's full path on PATH, or null.</summary>
    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs a tool and returns its exit code, stdout and stderr.</summary>
    public static (int ExitCode, string Out, string Err) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
