using Figures.Core.Diagnostics;

namespace Figures.Core.IO;

/// <summary>
/// Every file Figures writes goes through here, under the command's <see cref="WriteRules"/>:
/// <list type="bullet">
/// <item>an output that is the same file as an input (compared by device and inode, after following
/// links, so aliases and hard links count) is refused;</item>
/// <item>an existing regular file is replaced only with <see cref="WriteRules.Force"/> or when it is
/// the command's own product;</item>
/// <item>a regular file is written to a temporary file in its folder, flushed to disk, then renamed
/// over it, so a crash leaves the old file untouched and no partial output behind; a symbolic link
/// is written through, to its final target, in the target's folder, and the link stays;</item>
/// <item>a character device or a pipe is written straight to (nothing there to keep); a folder, a
/// block device, a socket or a dangling link is refused; "-" is standard output.</item>
/// </list>
/// A command sets its rules once with <see cref="Use"/>; code below it (chart files, the brief)
/// writes through <see cref="Write"/> without knowing them.
/// </summary>
public static class AtomicFile
{
    private static readonly AsyncLocal<WriteRules?> CurrentRules = new();

    /// <summary>The rules in force for this flow of execution.</summary>
    public static WriteRules Rules => CurrentRules.Value ?? WriteRules.Unguarded;

    /// <summary>Applies <paramref name="rules"/> to every write until the returned scope is disposed.</summary>
    public static IDisposable Use(WriteRules rules)
    {
        var previous = CurrentRules.Value;
        CurrentRules.Value = rules;
        return new Scope(previous);
    }

    /// <summary>Checks that <paramref name="path"/> may be written under the current rules, without writing (to fail before slow work).</summary>
    public static void Check(string path)
    {
        if (path != "-") Resolve(path, Rules);
    }

    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>, atomically when it is a file.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var rules = Rules;
        if (path == "-")
        {
            var stdout = rules.StandardOutput ?? throw new FiguresException("cannot write '-': standard output is not available here; name a file");
            write(stdout);
            stdout.Flush();
            return;
        }
        var target = Resolve(path, rules);
        if (target.Kind is FileKind.CharacterDevice or FileKind.Pipe) WriteStraight(path, target.Path, write);
        else Replace(path, target.Path, rules, write);
    }

    /// <summary>Writes text (UTF-8, no BOM) with <see cref="Write"/>.</summary>
    public static void WriteText(string path, string text) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(text);
        });

    /// <summary>
    /// Refuses to go on when standard output (<paramref name="stdout"/>, the descriptor's identity) is a
    /// regular file that is one of <paramref name="inputs"/>: <c>figures export &gt;&gt; figures.csv</c>.
    /// </summary>
    public static void EnsureStandardOutputIsNotAnInput(FileIdentity? stdout, IEnumerable<string> inputs)
    {
        if (stdout is not { Kind: FileKind.Regular } output) return;
        foreach (var input in inputs)
        {
            if (FileIdentity.Of(input).SameFileAs(output))
                throw new FiguresException($"refusing to write: standard output is '{input}', this command's input (a shell '>' may already have emptied it)");
        }
    }

    private readonly record struct Target(string Path, FileKind Kind);

    // Where a write to `path` lands, and whether it may: the rules, in one place.
    private static Target Resolve(string path, WriteRules rules)
    {
        if (path.Length == 0) throw new FiguresException("cannot write '': the output path is empty");
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new FiguresException($"cannot write '{path}': not a usable file name ({e.Message})");
        }
        if (Path.EndsInDirectorySeparator(path) || Path.GetFileName(full).Length == 0)
            throw new FiguresException($"cannot write '{path}': it names a folder, not a file");

        var target = full;
        var identity = FileIdentity.Of(full);
        // A link to a device or a pipe (/dev/stdout, /proc/self/fd/1 on a pipe) is opened through, as the
        // kernel follows it; only a link to a file needs its target's own path, to rename in its folder.
        if (FileIdentity.OfLink(full).Kind == FileKind.Link && identity.Kind is not (FileKind.CharacterDevice or FileKind.Pipe))
        {
            target = LinkTarget(path, full);
            identity = FileIdentity.Of(target);
        }
        switch (identity.Kind)
        {
            case FileKind.Directory:
                throw new FiguresException($"cannot write '{path}': it is a folder");
            case FileKind.BlockDevice or FileKind.Socket or FileKind.Other:
                throw new FiguresException($"cannot write '{path}': it is a {Describe(identity.Kind)}; Figures writes files, character devices and pipes");
            case FileKind.Missing:
                var folder = Path.GetDirectoryName(target)!;
                var folderKind = FileIdentity.Of(folder).Kind;
                if (folderKind == FileKind.Missing) throw new FiguresException($"cannot write '{path}': folder '{folder}' does not exist");
                if (folderKind != FileKind.Directory) throw new FiguresException($"cannot write '{path}': '{folder}' is not a folder");
                break;
        }
        if (identity.Kind != FileKind.Missing)
        {
            foreach (var input in rules.Inputs)
            {
                if (FileIdentity.Of(input).SameFileAs(identity))
                    throw new FiguresException(Path.GetFullPath(input) == full
                        ? $"refusing to write '{path}': it is this command's input"
                        : $"refusing to write '{path}': it is the same file as '{input}', this command's input");
            }
        }
        if (identity.Kind == FileKind.Regular && !rules.Force && !IsOwnOutput(identity, rules))
            throw new FiguresException($"refusing to replace '{path}': the file already exists; pass --force to replace it");
        return new Target(target, identity.Kind);
    }

    // A link is written through to its final target; one that leads nowhere is refused rather than followed
    // to create a file somewhere the user did not name.
    private static string LinkTarget(string path, string full)
    {
        FileSystemInfo? final;
        try
        {
            final = File.ResolveLinkTarget(full, returnFinalTarget: true);
        }
        catch (IOException e)
        {
            throw new FiguresException($"cannot write '{path}': it is a link that cannot be followed ({e.Message})");
        }
        if (final is null || !(final.Exists || Directory.Exists(final.FullName)))
            throw new FiguresException($"cannot write '{path}': it is a link to '{final?.FullName}', which does not exist; Figures does not create files through links");
        return final.FullName;
    }

    private static bool IsOwnOutput(FileIdentity identity, WriteRules rules)
    {
        foreach (var own in rules.OwnOutputs)
        {
            if (FileIdentity.Of(own).SameFileAs(identity)) return true;
        }
        return false;
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.BlockDevice => "block device",
        FileKind.Socket => "socket",
        _ => "special file",
    };

    // A device or a pipe has no content to keep and cannot be renamed over: its bytes go straight to it.
    private static void WriteStraight(string path, string target, Action<Stream> write)
    {
        try
        {
            using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 64 * 1024);
            write(stream);
            stream.Flush();
        }
        catch (UnauthorizedAccessException)
        {
            throw new FiguresException($"cannot write '{path}': permission denied");
        }
        catch (IOException e)
        {
            throw new FiguresException($"cannot write '{path}': {Reason(e, target)}");
        }
    }

    // .NET appends " : 'PATH'" to some messages; the message already names the path as the user gave it.
    private static string Reason(IOException e, string target)
    {
        var suffix = $" : '{target}'";
        return e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }

    private static void Replace(string path, string target, WriteRules rules, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        SweepLeftovers(folder, name);
        var temp = Path.Combine(folder, $".{TempPrefix(name)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            KeepMode(target, temp);
            // The target may have changed while the output was made: the rules are checked again just before the rename.
            var again = Resolve(path, rules);
            if (again.Path != target) throw new FiguresException($"cannot write '{path}': it changed while the output was being made");
            File.Move(temp, target, overwrite: true);
        }
        catch (UnauthorizedAccessException)
        {
            throw new FiguresException($"cannot write '{path}': permission denied");
        }
        catch (PathTooLongException)
        {
            throw new FiguresException($"cannot write '{path}': the file name is too long");
        }
        catch (IOException e)
        {
            throw new FiguresException($"cannot write '{path}': {Reason(e, temp)}");
        }
        finally
        {
            if (File.Exists(temp)) TryDelete(temp);
        }
    }

    // The temporary file's name starts with the target's, cut so that it fits where the target's fits.
    private static string TempPrefix(string name) => name.Length <= 120 ? name : name[..120];

    // A replaced file keeps its permissions (a curator's 600 stays 600).
    private static void KeepMode(string target, string temp)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(target)) return;
        File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
    }

    // A write that was killed leaves its temp file (.NAME.PID.GUID.tmp). The next write of the same
    // file removes those whose process is gone; a temp file of a live process may be a write in progress.
    private static void SweepLeftovers(string folder, string name)
    {
        var prefix = $".{TempPrefix(name)}.";
        IEnumerable<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder, "*.tmp").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // a folder that cannot be listed (write-only) can still be written to; its leftovers wait
        }
        foreach (var file in files)
        {
            var parts = Path.GetFileName(file);
            if (!parts.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var pid = parts[prefix.Length..].Split('.');
            if (pid.Length != 3 || !int.TryParse(pid[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)) continue;
            if (id != Environment.ProcessId && !IsRunning(id)) TryDelete(file);
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { /* best effort: a leftover temp file is harmless and clearly named */ }
        catch (UnauthorizedAccessException) { }
    }

    private sealed class Scope(WriteRules? previous) : IDisposable
    {
        public void Dispose() => CurrentRules.Value = previous;
    }
}
