using System.Runtime.InteropServices;

namespace Figures.Cli;

/// <summary>
/// One of the process's standard descriptors, written with write(2) itself. The console stream of
/// .NET drops a write to a closed pipe without a word, so <c>figures export | head -c 100</c> would
/// end with exit 0 and half an export; here every failure is an exception the command ends on.
/// Writes go to the descriptor's own offset, so <c>(echo x; figures list) &gt; file</c> keeps both.
/// </summary>
public sealed partial class DescriptorStream(int descriptor) : WriteOnlyStream
{
    private const int Eintr = 4;
    private const int Ebadf = 9;
    private const int Eagain = 11;
    private const int Epipe = 32;

    /// <summary>The descriptor for standard output.</summary>
    public const int Output = 1;
    /// <summary>The descriptor for standard error.</summary>
    public const int Error = 2;

    /// <summary>Whether this platform has write(2) (not Windows).</summary>
    public static bool Supported => !OperatingSystem.IsWindows();

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var written = Native.Write(descriptor, ref MemoryMarshal.GetReference(buffer), buffer.Length);
            if (written >= 0)
            {
                buffer = buffer[(int)written..];
                continue;
            }
            var errno = Marshal.GetLastPInvokeError();
            switch (errno)
            {
                case Eintr:
                    continue;
                case Eagain:
                    Thread.Sleep(1); // a descriptor left non-blocking by another program: wait for room
                    continue;
                case Epipe:
                    throw new DescriptorClosedException("the reader closed the pipe", brokenPipe: true);
                case Ebadf:
                    throw new DescriptorClosedException("it is closed", brokenPipe: false);
                default:
                    throw new IOException(Marshal.GetPInvokeErrorMessage(errno));
            }
        }
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    // Source-generated, so no marshalling stub is compiled when the process starts.
    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
        public static partial nint Write(int descriptor, ref byte buffer, nint count);
    }
}
