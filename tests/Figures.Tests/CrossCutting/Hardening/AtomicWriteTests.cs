using System.Diagnostics;
using Figures.Core.Diagnostics;
using Figures.Core.IO;
using Figures.Tests.Support;

namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>
/// A write that fails half-way, by an exception or by the process being killed, leaves the file it
/// was replacing byte-identical; and no command writes over its own input.
/// </summary>
public sealed class AtomicWriteTests
{
    [Fact]
    public void Write_CallbackThrowsMidWrite_LeavesOriginalAndNoTempFile()
    {
        // Given
        var folder = Paths.TempFolder();
        var target = Path.Combine(folder, "figures-export.csv");
        File.Copy(Paths.Dataset, target);
        var before = File.ReadAllBytes(target);

        // When
        var thrown = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(target, stream =>
        {
            stream.Write(new byte[100_000]);
            throw new InvalidOperationException("boom");
        }));

        // Then
        Assert.Equal("boom", thrown.Message);
        Assert.Equal(before, File.ReadAllBytes(target));
        Assert.Equal([target], Directory.GetFiles(folder));
    }

    [Fact]
    public void Write_CallbackIOExceptionOnNewFile_IsAUserErrorAndCreatesNothing()
    {
        // Given
        var folder = Paths.TempFolder();
        var target = Path.Combine(folder, "new.csv");

        // When
        var thrown = Assert.Throws<FiguresException>(() => AtomicFile.Write(target, stream =>
        {
            stream.Write("id,metric\n"u8);
            throw new IOException("disk full");
        }));

        // Then
        Assert.Equal($"cannot write '{target}': disk full", thrown.Message);
        Assert.Equal(Severity.Unusable, thrown.Severity);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task Write_ProcessKilledMidWrite_LeavesOriginalByteIdentical()
    {
        // Given: a child process that has written 64 KiB of the replacement and is blocked
        var folder = Paths.TempFolder();
        var target = Path.Combine(folder, "figures-export.csv");
        File.Copy(Paths.Dataset, target);
        var before = File.ReadAllBytes(target);
        using var child = StartProbe(target);

        // When
        string? said;
        string temp;
        long partial;
        try
        {
            said = await child.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            temp = Assert.Single(Directory.GetFiles(folder, ".figures-export.csv.*.tmp"));
            partial = new FileInfo(temp).Length;
        }
        finally
        {
            // Killed whatever happened above: a failing test must not leave the probe running.
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        // Then: the target was never touched; the killed write left only its clearly named temp file
        Assert.Equal("writing", said);
        Assert.Equal(64 * 1024, partial);
        Assert.Equal(before, File.ReadAllBytes(target));
        Assert.Equal([temp, target], Directory.GetFiles(folder).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Write_AfterAKilledWrite_ReplacesTheTargetAndSweepsTheDeadWritersTempFile()
    {
        // Given: a temp file left by a writer whose process is gone, one of a live process, and an unrelated file
        var folder = Paths.TempFolder();
        var target = Path.Combine(folder, "out.csv");
        File.WriteAllText(target, "old");
        var dead = Path.Combine(folder, ".out.csv.2147483000.0123456789abcdef0123456789abcdef.tmp");
        var live = Path.Combine(folder, $".out.csv.{Environment.ProcessId}.0123456789abcdef0123456789abcdef.tmp");
        var other = Path.Combine(folder, ".other.csv.2147483000.0123456789abcdef0123456789abcdef.tmp");
        foreach (var file in (string[])[dead, live, other]) File.WriteAllText(file, "partial");

        // When
        AtomicFile.WriteText(target, "new");

        // Then: the dead writer's leftover is gone; a possible write in progress and other files are not touched
        Assert.Equal("new", File.ReadAllText(target));
        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(other));
    }

    [Theory]
    [InlineData("{0}/figures.csv", "{0}/figures.csv")]
    [InlineData("{0}/figures.csv", "{0}/./sub/../figures.csv")]
    [InlineData("{0}/sub/../figures.csv", "{0}//figures.csv")]
    public void Export_OutputIsTheInputSpelledAnotherWay_IsRefusedAndInputUnchanged(string data, string output)
    {
        // Given
        var folder = Paths.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.Copy(Paths.Dataset, Path.Combine(folder, "figures.csv"));
        var before = File.ReadAllBytes(Path.Combine(folder, "figures.csv"));
        var outPath = string.Format(System.Globalization.CultureInfo.InvariantCulture, output, folder);

        // When
        var (code, _, error) = CliRunner.Run("export", "--data", string.Format(System.Globalization.CultureInfo.InvariantCulture, data, folder), "--out", outPath);

        // Then
        Assert.Equal(2, code);
        Assert.Equal($"figures: refusing to write '{outPath}': it is this command's input", error.Trim());
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(folder, "figures.csv")));
        Assert.Equal(2, Directory.GetFileSystemEntries(folder).Length);
    }

    [Fact]
    public void Export_OutputIsAFolder_ExitsTwoAndWritesNothing()
    {
        // Given
        var folder = Paths.TempFolder();

        // When
        var (code, _, error) = CliRunner.Run("export", "--data", Paths.Dataset, "--out", folder);

        // Then
        Assert.Equal(2, code);
        Assert.Equal($"figures: cannot write '{folder}': it is a folder", error.Trim());
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    private static Process StartProbe(string target)
    {
        var testsFolder = Path.Combine(Paths.Repo, "tests");
        var build = Path.GetRelativePath(Path.Combine(testsFolder, "Figures.Tests"), AppContext.BaseDirectory);
        var probe = Path.Combine(testsFolder, "Figures.WriteProbe", build, "Figures.WriteProbe.dll");
        Assert.True(File.Exists(probe), $"the write probe is not built at {probe}");
        var start = new ProcessStartInfo(Paths.DotnetHost) { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(probe);
        start.ArgumentList.Add(target);
        return Process.Start(start)!;
    }
}
