namespace Figures.Core.IO;

/// <summary>What a path names, as far as writing to it is concerned.</summary>
public enum FileKind
{
    /// <summary>Nothing: the path does not exist (or cannot be looked at).</summary>
    Missing,
    /// <summary>A regular file.</summary>
    Regular,
    /// <summary>A folder.</summary>
    Directory,
    /// <summary>A symbolic link (only when links are not followed).</summary>
    Link,
    /// <summary>A character device such as /dev/null or a terminal.</summary>
    CharacterDevice,
    /// <summary>A block device such as a disk.</summary>
    BlockDevice,
    /// <summary>A named pipe (FIFO), or the pipe of a process substitution.</summary>
    Pipe,
    /// <summary>A Unix socket.</summary>
    Socket,
    /// <summary>Anything else.</summary>
    Other,
}
