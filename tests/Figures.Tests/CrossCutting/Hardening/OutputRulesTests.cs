using Figures.Core.Diagnostics;
using Figures.Core.IO;
using Figures.Tests.Support;

namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>
/// The one write place (<see cref="AtomicFile"/>) under each verb's rules: an output is never an
/// input however it is reached (link, linked folder, hard link), an existing file needs --force
/// unless it is the verb's own product, links are written through, devices and pipes straight.
/// </summary>
public sealed class OutputRulesTests
{
    public static TheoryData<string, string> VerbsAndAliases()
    {
        var data = new TheoryData<string, string>();
        foreach (var verb in new[] { "export", "chart", "brief" })
            foreach (var alias in new[] { "symlink", "linked-folder", "hardlink" })
                data.Add(verb, alias);
        return data;
    }

    [Theory]
    [MemberData(nameof(VerbsAndAliases))]
    public void Write_OutputIsTheInputThroughAnAlias_IsRefusedWithExitTwoAndInputUnchanged(string verb, string alias)
    {
        // Given: the dataset, and a name for it that does not look like it
        var folder = Paths.TempFolder();
        var data = Path.Combine(folder, "data.csv");
        File.Copy(Paths.Dataset, data);
        var before = File.ReadAllBytes(data);
        var (input, output) = alias switch
        {
            "symlink" => (Link(Path.Combine(folder, "link.csv"), data), data),
            "linked-folder" => (data, Path.Combine(Link(Path.Combine(folder, "same"), folder), "data.csv")),
            _ => (data, HardLink(data, Path.Combine(folder, "hard.csv"))),
        };
        // A chart's format comes from the extension: the alias is named .svg and points at the dataset.
        if (verb == "chart") output = Link(Path.Combine(folder, "chart.svg"), data);
        if (verb == "brief" && alias == "hardlink") output = HardLink(data, Path.Combine(folder, "brief.pdf"));

        // When: even with --force
        var (code, _, error) = verb switch
        {
            "export" => CliRunner.Run("export", "--data", input, "--out", output, "--force"),
            "chart" => CliRunner.Run("chart", "--data", input, "--out", output, "--force"),
            _ => CliRunner.Run("brief", Path.Combine(Paths.Repo, "reports", "idlib-2018-2019.json"), "--data", input, "--out", output, "--force"),
        };

        // Then
        Assert.Equal(2, code);
        Assert.Contains("refusing to write", error);
        Assert.Contains("this command's input", error);
        Assert.Equal(before, File.ReadAllBytes(data));
    }

    [Fact]
    public void Brief_OutputIsItsFontFile_IsRefused()
    {
        // Given: a definition whose font is the file named as output (refused before the font is ever read)
        var folder = Paths.TempFolder();
        File.WriteAllText(Path.Combine(folder, "font.ttf"), "not read");
        var definition = Path.Combine(folder, "brief.json");
        File.WriteAllText(definition, """{ "title": "T", "font": { "family": "F", "regular": "font.ttf" } }""");

        // When
        var (code, _, error) = CliRunner.Run("brief", definition, "--data", Paths.Dataset, "--out", Link(Path.Combine(folder, "out.pdf"), Path.Combine(folder, "font.ttf")), "--force");

        // Then
        Assert.Equal(2, code);
        Assert.Contains("this command's input", error);
        Assert.Equal("not read", File.ReadAllText(Path.Combine(folder, "font.ttf")));
    }

    [Fact]
    public void Extract_OutputIsTheArticleThroughALink_IsRefused()
    {
        // Given
        var folder = Paths.TempFolder();
        var article = Path.Combine(folder, "article.txt");
        File.WriteAllText(article, "More than 38,500 people were displaced in Idlib, according to UN OCHA.\n");

        // When
        var (code, _, error) = CliRunner.Run("extract", article, "--out", Link(Path.Combine(folder, "candidates.csv"), article), "--force");

        // Then
        Assert.Equal(2, code);
        Assert.Contains("this command's input", error);
        Assert.StartsWith("More than 38,500", File.ReadAllText(article));
    }

    [Theory]
    [InlineData("generate")]
    [InlineData("export")]
    [InlineData("extract")]
    [InlineData("chart")]
    [InlineData("brief")]
    public void Write_ExistingFileWithoutForce_IsRefusedAndKept(string verb)
    {
        // Given: a file the command did not make
        var folder = Paths.TempFolder();
        var target = Path.Combine(folder, verb == "chart" ? "mine.svg" : verb == "brief" ? "mine.pdf" : "figures.csv");
        File.WriteAllText(target, "curated by hand");

        // When
        var (code, _, error) = Run(verb, folder, target);

        // Then
        Assert.Equal(2, code);
        Assert.Contains($"refusing to replace '{target}': the file already exists; pass --force to replace it", error);
        Assert.Equal("curated by hand", File.ReadAllText(target));
    }

    [Theory]
    [InlineData("generate")]
    [InlineData("export")]
    [InlineData("chart")]
    [InlineData("brief")]
    public void Write_ExistingFileWithForce_IsReplaced(string verb)
    {
        // Given
        var folder = Paths.TempFolder();
        var target = Path.Combine(folder, verb == "chart" ? "mine.svg" : verb == "brief" ? "mine.pdf" : "out.csv");
        File.WriteAllText(target, "old");

        // When
        var (code, _, error) = Run(verb, folder, target, "--force");

        // Then
        Assert.True(code == 0, error);
        Assert.NotEqual("old", File.ReadAllText(target));
    }

    [Fact]
    public void Brief_DefaultOutputBesideItsDefinition_IsRebuiltWithoutForce()
    {
        // Given: reports/NAME.pdf exists (an earlier build)
        var folder = Paths.TempFolder();
        var definition = Path.Combine(folder, "brief.json");
        File.Copy(Path.Combine(Paths.Repo, "reports", "idlib-2018-2019.json"), definition);
        File.WriteAllText(Path.Combine(folder, "brief.pdf"), "an earlier build");

        // When: no --out, and also --out naming that same file
        var first = CliRunner.Run("brief", definition, "--data", Paths.Dataset);
        var second = CliRunner.Run("brief", definition, "--data", Paths.Dataset, "--out", Path.Combine(folder, "brief.pdf"));

        // Then
        Assert.True(first.ExitCode == 0, first.Err);
        Assert.True(second.ExitCode == 0, second.Err);
        Assert.StartsWith("%PDF-", File.ReadAllText(Path.Combine(folder, "brief.pdf")));
    }

    [Fact]
    public void Write_OutputIsALink_WritesItsTargetAndKeepsTheLink()
    {
        // Given: out.csv -> real/target.csv, in another folder
        var folder = Paths.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "real"));
        var target = Path.Combine(folder, "real", "target.csv");
        File.WriteAllText(target, "old");
        var link = Link(Path.Combine(folder, "out.csv"), target);

        // When
        var (code, _, error) = CliRunner.Run("export", "--data", Paths.Dataset, "--out", link, "--force");

        // Then: the link is still a link; its target holds the export; no temp file is left anywhere
        Assert.True(code == 0, error);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("id,metric,value", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(Path.Combine(folder, "real")));
    }

    [Fact]
    public void Write_OutputIsADanglingLink_IsRefusedAndNothingCreated()
    {
        // Given
        var folder = Paths.TempFolder();
        var link = Link(Path.Combine(folder, "out.csv"), Path.Combine(folder, "nowhere.csv"));

        // When
        var (code, _, error) = CliRunner.Run("export", "--data", Paths.Dataset, "--out", link);

        // Then
        Assert.Equal(2, code);
        Assert.Contains("which does not exist; Figures does not create files through links", error);
        Assert.False(File.Exists(Path.Combine(folder, "nowhere.csv")));
    }

    [Theory]
    [InlineData("null", 3, 0)]
    [InlineData("full", 7, 2)]
    public void Write_OutputIsACharacterDevice_IsWrittenStraightAndStaysADevice(string name, int minor, int expected)
    {
        Assert.SkipUnless(File.Exists("/dev/" + name), $"needs /dev/{name} (Linux)");

        // Given: a copy of the device node where root can make one (so a broken rule never touches /dev); else the device
        var device = "/dev/" + name;
        if (Environment.UserName == "root")
        {
            device = Path.Combine(Paths.TempFolder(), name);
            using var mknod = System.Diagnostics.Process.Start("mknod", [device, "c", "1", minor.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            mknod.WaitForExit();
            Assert.Equal(0, mknod.ExitCode);
        }

        // When
        var (code, _, error) = CliRunner.Run("export", "--data", Paths.Dataset, "--out", device);

        // Then: written to (or failed with the device's own error), never renamed over
        Assert.True(code == expected, error);
        if (expected == 2) Assert.Equal($"figures: cannot write '{device}': No space left on device", error.Trim());
        Assert.Equal(FileKind.CharacterDevice, FileIdentity.OfLink(device).Kind);
    }

    [Fact]
    public async Task Write_OutputIsANamedPipe_IsWrittenStraight()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs mkfifo (Linux)");

        // Given: a pipe with a reader
        var folder = Paths.TempFolder();
        var fifo = Path.Combine(folder, "pipe.csv");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
        var reader = Task.Run(() => File.ReadAllText(fifo), TestContext.Current.CancellationToken);

        // When
        var (code, _, error) = CliRunner.Run("export", "--data", Paths.Dataset, "--out", fifo);

        // Then
        Assert.True(code == 0, error);
        // (a hang guard, not a timing: a pipe renamed over would leave the reader waiting for ever)
        Assert.StartsWith("id,metric,value", await reader.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken));
        Assert.Equal(FileKind.Pipe, FileIdentity.OfLink(fifo).Kind);
    }

    [Fact]
    public async Task Write_OutputIsAProcLinkToAPipe_IsWrittenThrough()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && Directory.Exists("/proc/self/fd"), "needs Linux /proc");

        // Given: /proc/self/fd/N of a pipe, as /dev/stdout is when stdout is a pipe: a link to "pipe:[inode]", no path
        using var pipe = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.In);
        var writeEnd = $"/proc/self/fd/{pipe.ClientSafePipeHandle.DangerousGetHandle()}";
        var reader = new StreamReader(pipe);

        // When
        var (code, _, error) = CliRunner.Run("export", "--data", Paths.Dataset, "--out", writeEnd);
        pipe.DisposeLocalCopyOfClientHandle();

        // Then
        Assert.True(code == 0, error);
        Assert.StartsWith("id,metric,value", await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Write_LongFileName_FitsItsTemporaryFileOrSaysTheNameIsTooLong()
    {
        // Given: a name of 200 characters (its temporary file would be over 255 with the whole name in it), and one of 300
        var folder = Paths.TempFolder();
        var fits = Path.Combine(folder, new string('y', 196) + ".csv");
        var tooLong = Path.Combine(folder, new string('x', 296) + ".csv");

        // When
        var first = CliRunner.Run("export", "--data", Paths.Dataset, "--out", fits);
        var second = CliRunner.Run("export", "--data", Paths.Dataset, "--out", tooLong);

        // Then
        Assert.True(first.ExitCode == 0, first.Err);
        Assert.Equal(2, second.ExitCode);
        Assert.Equal($"figures: cannot write '{tooLong}': the file name is too long", second.Err.Trim());
        Assert.Single(Directory.GetFiles(folder));
    }

    [Theory]
    [InlineData("", "cannot write '': the output path is empty")]
    [InlineData("{0}/sub/", "it names a folder, not a file")]
    [InlineData("{0}/missing/out.csv", "does not exist")]
    [InlineData("{0}/file.txt/out.csv", "is not a folder")]
    public void Write_HostilePath_ExitsTwoWithAMessage(string path, string message)
    {
        // Given
        var folder = Paths.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "file.txt"), "x");
        var outPath = string.Format(System.Globalization.CultureInfo.InvariantCulture, path, folder);

        // When
        var (code, _, error) = CliRunner.Run("export", "--data", Paths.Dataset, "--out", outPath);

        // Then
        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.DoesNotContain("internal error", error);
    }

    [Theory]
    [InlineData("export", "--data", "{data}", "--out", "-")]
    [InlineData("generate", "--rows", "2", "--out", "-")]
    public void Write_OutputIsDash_GoesToStandardOutput(params string[] args)
    {
        // When
        var (code, output, error) = CliRunner.Run([.. args.Select(a => a.Replace("{data}", Paths.Dataset, StringComparison.Ordinal))]);

        // Then
        Assert.True(code == 0, error);
        Assert.StartsWith("id,metric,value", output);
    }

    [Fact]
    public void Write_ReplacedFile_KeepsItsPermissions()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        if (OperatingSystem.IsWindows()) return;

        // Given: a file only its owner may read
        var folder = Paths.TempFolder();
        var target = Path.Combine(folder, "private.csv");
        File.WriteAllText(target, "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        // When
        var (code, _, error) = CliRunner.Run("export", "--data", Paths.Dataset, "--out", target, "--force");

        // Then
        Assert.True(code == 0, error);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
    }

    [Fact]
    public void Write_Unguarded_ReplacesAnExistingFile()
    {
        // Given: library code, which sets no rules (the chart files of README's example)
        var target = Path.Combine(Paths.TempFolder(), "chart.svg");
        File.WriteAllText(target, "old");

        // When
        AtomicFile.WriteText(target, "new");

        // Then
        Assert.Equal("new", File.ReadAllText(target));
    }

    [Fact]
    public void Write_FileAppearsWhileTheOutputIsMade_IsNotReplaced()
    {
        // Given: no target when the write starts; a user saves one while the output is being made
        var target = Path.Combine(Paths.TempFolder(), "out.csv");
        using var rules = AtomicFile.Use(new WriteRules());

        // When
        var thrown = Assert.Throws<FiguresException>(() => AtomicFile.Write(target, stream =>
        {
            File.WriteAllText(target, "saved meanwhile");
            stream.Write("new"u8);
        }));

        // Then
        Assert.Contains("already exists", thrown.Message);
        Assert.Equal("saved meanwhile", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    private static (int ExitCode, string Out, string Err) Run(string verb, string folder, string target, params string[] extra)
    {
        string[] args = verb switch
        {
            "generate" => ["generate", "--rows", "3", "--out", target],
            "export" => ["export", "--data", Paths.Dataset, "--out", target],
            "extract" => ["extract", Article(folder), "--out", target],
            "chart" => ["chart", "--data", Paths.Dataset, "--out", target],
            _ => ["brief", Path.Combine(Paths.Repo, "reports", "idlib-2018-2019.json"), "--data", Paths.Dataset, "--out", target],
        };
        return CliRunner.Run([.. args, .. extra]);
    }

    private static string Article(string folder)
    {
        var article = Path.Combine(folder, "article.txt");
        File.WriteAllText(article, "More than 38,500 people were displaced in Idlib, according to UN OCHA.\n");
        return article;
    }

    private static string Link(string link, string target)
    {
        if (Directory.Exists(target)) Directory.CreateSymbolicLink(link, target);
        else File.CreateSymbolicLink(link, target);
        return link;
    }

    private static string HardLink(string existing, string link)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "hard links are made with ln (Linux)");
        using var ln = System.Diagnostics.Process.Start("ln", [existing, link]);
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
        return link;
    }
}
