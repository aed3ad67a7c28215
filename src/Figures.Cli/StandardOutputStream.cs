using Figures.Core.Diagnostics;

namespace Figures.Cli;

/// <summary>
/// The process's standard output. A write that fails (a full disk, a device that refuses data, a
/// closed descriptor) is the user's environment, not a bug in Figures: it ends the command with a
/// one-line message and exit code 2 instead of an internal error. A pipe whose reader went away
/// (<c>figures list | head</c>) ends it silently with 141, as SIGPIPE would.
/// </summary>
public sealed class StandardOutputStream(Stream inner) : WriteOnlyStream
{
    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e)
        {
            throw Failed(e);
        }
    }

    /// <inheritdoc />
    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (IOException e)
        {
            throw Failed(e);
        }
    }

    private static Exception Failed(IOException e) => e is DescriptorClosedException { BrokenPipe: true }
        ? new StandardStreamFailure(null, StandardStreamFailure.BrokenPipe)
        : new FiguresException($"cannot write to standard output: {e.Message}");
}
