using Figures.Core.Diagnostics;

namespace Figures.Core.IO;

/// <summary>
/// Every file Figures writes goes through here: written to a temporary file in the target's folder,
/// flushed to disk, then renamed over the target. A crash or an exception mid-write leaves the old
/// file untouched and no partial output behind.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> atomically with <paramref name="write"/>.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
            throw new FiguresException($"cannot write '{path}': folder '{folder}' does not exist");
        if (Directory.Exists(full))
            throw new FiguresException($"cannot write '{path}': it is a folder");
        SweepLeftovers(folder, Path.GetFileName(full));
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch (UnauthorizedAccessException)
        {
            throw new FiguresException($"cannot write '{path}': permission denied");
        }
        catch (IOException e)
        {
            throw new FiguresException($"cannot write '{path}': {e.Message}");
        }
        finally
        {
            if (File.Exists(temp)) TryDelete(temp);
        }
    }

    /// <summary>Writes text (UTF-8, no BOM) atomically.</summary>
    public static void WriteText(string path, string text) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(text);
        });

    /// <summary>Refuses an output path that is one of the command's inputs, so an export never overwrites its source.</summary>
    public static void EnsureNotAnInput(string output, params string?[] inputs)
    {
        var target = Path.GetFullPath(output);
        foreach (var input in inputs)
        {
            if (input is not null && string.Equals(Path.GetFullPath(input), target, StringComparison.Ordinal))
                throw new FiguresException($"refusing to write '{output}': it is this command's input");
        }
    }

    // A write that was killed leaves its temp file (.NAME.PID.GUID.tmp). The next write of the same
    // file removes those whose process is gone; a temp file of a live process may be a write in progress.
    private static void SweepLeftovers(string folder, string name)
    {
        var prefix = $".{name}.";
        foreach (var file in Directory.EnumerateFiles(folder, "*.tmp"))
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
}
