using System.Runtime.InteropServices;

namespace Figures.Core.IO;

/// <summary>
/// Which file a path or an open descriptor names, after following every link: its device and inode
/// on Linux, so two spellings, a symbolic link and a hard link to one file all compare equal.
/// </summary>
/// <param name="Key">"device:inode" on Linux; elsewhere the full path with links resolved (weaker: no hard links).</param>
/// <param name="Kind">What the file is.</param>
/// <param name="Size">Its size in bytes (0 for devices and pipes).</param>
public readonly partial record struct FileIdentity(string Key, FileKind Kind, long Size)
{
    /// <summary>Whether two identities name the same file.</summary>
    public bool SameFileAs(FileIdentity other) => Kind != FileKind.Missing && Key == other.Key;

    /// <summary>The file <paramref name="path"/> names, following links; <see cref="FileKind.Missing"/> when there is none.</summary>
    public static FileIdentity Of(string path) => Stat(path, followLinks: true);

    /// <summary>The path itself, not following a final link: <see cref="FileKind.Link"/> when it is one.</summary>
    public static FileIdentity OfLink(string path) => Stat(path, followLinks: false);

    /// <summary>The file an open descriptor of this process refers to (0, 1, 2); null when it is not open or not on Linux.</summary>
    public static FileIdentity? OfDescriptor(int descriptor)
    {
        if (!OperatingSystem.IsLinux()) return null;
        return Native.StatX(descriptor, "", Native.AtEmptyPath, Native.StatxBasicStats, out var buffer) == 0 ? From(buffer) : null;
    }

    private static FileIdentity Stat(string path, bool followLinks)
    {
        if (path.Length == 0 || path.Contains('\0')) return new("", FileKind.Missing, 0);
        if (OperatingSystem.IsLinux())
        {
            var flags = followLinks ? 0 : Native.AtSymlinkNoFollow;
            return Native.StatX(Native.AtFdCwd, path, flags, Native.StatxBasicStats, out var buffer) == 0
                ? From(buffer)
                : new("", FileKind.Missing, 0);
        }
        return Portable(path, followLinks);
    }

    private static FileIdentity From(in Native.Statx buffer)
    {
        var kind = (buffer.Mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.Link,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0x1000 => FileKind.Pipe,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{buffer.DevMajor}.{buffer.DevMinor}:{buffer.Inode}");
        return new(key, kind, kind == FileKind.Regular ? (long)buffer.Size : 0);
    }

    // Without stat, the best identity is the full path with every link resolved.
    private static FileIdentity Portable(string path, bool followLinks)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                if (!followLinks) return new(Path.GetFullPath(path), FileKind.Link, 0);
                if (info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true } target) return new("", FileKind.Missing, 0);
                info = target;
            }
            if (!info.Exists) return new("", FileKind.Missing, 0);
            var kind = info is DirectoryInfo ? FileKind.Directory : FileKind.Regular;
            return new(Path.GetFullPath(info.FullName), kind, info is FileInfo file ? file.Length : 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new("", FileKind.Missing, 0);
        }
    }

    // statx(2) has one layout on every Linux architecture, unlike struct stat. Source-generated, so
    // no marshalling stub is compiled when the process starts.
    private static partial class Native
    {
        public const int AtFdCwd = -100;
        public const int AtSymlinkNoFollow = 0x100;
        public const int AtEmptyPath = 0x1000;
        public const uint StatxBasicStats = 0x7FF;

        [StructLayout(LayoutKind.Explicit, Size = 256)]
        public struct Statx
        {
            [FieldOffset(28)] public ushort Mode;
            [FieldOffset(32)] public ulong Inode;
            [FieldOffset(40)] public ulong Size;
            [FieldOffset(136)] public uint DevMajor;
            [FieldOffset(140)] public uint DevMinor;
        }

        [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        public static partial int StatX(int directory, string path, int flags, uint mask, out Statx buffer);
    }
}
