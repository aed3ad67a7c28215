namespace Figures.Core.IO;

/// <summary>
/// Reads a small input whole, but never more than its kind allows: a path that turns out to be
/// /dev/zero, a pipe or a growing file stops at the limit instead of filling memory.
/// </summary>
public static class BoundedFile
{
    /// <summary>
    /// At most <paramref name="maxBytes"/> + 1 bytes of <paramref name="path"/>: a result longer than
    /// <paramref name="maxBytes"/> means the input is over its limit. Throws <see cref="IOException"/>
    /// (a folder, a missing file) or <see cref="UnauthorizedAccessException"/> as reading does.
    /// </summary>
    public static byte[] Read(string path, int maxBytes)
    {
        if (Directory.Exists(path)) throw new IOException("it is a folder");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        // A regular file says how large it is; anything else is read in steps up to the limit.
        var expected = stream.CanSeek ? (int)Math.Min(stream.Length, maxBytes + 1L) : Math.Min(64 * 1024, maxBytes + 1);
        var buffer = new byte[Math.Max(expected, 1)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > maxBytes) break;
                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, maxBytes + 1L));
            }
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0) break;
            total += read;
        }
        return total == buffer.Length ? buffer : buffer[..total];
    }
}
