using Figures.Core.Diagnostics;

namespace Figures.Cli;

/// <summary>
/// The process's standard output or error. A write that fails (a full disk, a device that refuses data, a
/// closed descriptor) is the user's environment, not a bug in Figures, and never ends in an internal error.
/// A pipe whose reader went away (<c>figures list | head</c>) ends the command silently with 141, as SIGPIPE
/// would. Otherwise output fails with a one-line message and exit 2; error fails with exit 2 and no message,
/// since there is nowhere left to say so.
/// </summary>
public sealed class StandardStream : WriteOnlyStream
{
    private readonly Stream _inner;
    private readonly Func<IOException, Exception> _failed;

    private StandardStream(Stream inner, Func<IOException, Exception> failed)
    {
        _inner = inner;
        _failed = failed;
    }

    /// <summary>Standard output over <paramref name="inner"/>.</summary>
    public static StandardStream Output(Stream inner) => new(inner, e => BrokenPipe(e)
        ? new StandardStreamException(null, StandardStreamException.BrokenPipe)
        : new FiguresException($"cannot write to standard output: {e.Message}"));

    /// <summary>Standard error over <paramref name="inner"/>.</summary>
    public static StandardStream Error(Stream inner) => new(inner, e =>
        new StandardStreamException(null, BrokenPipe(e) ? StandardStreamException.BrokenPipe : 2));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            _inner.Write(buffer);
        }
        catch (IOException e)
        {
            throw _failed(e);
        }
    }

    /// <inheritdoc />
    public override void Flush()
    {
        try
        {
            _inner.Flush();
        }
        catch (IOException e)
        {
            throw _failed(e);
        }
    }

    private static bool BrokenPipe(IOException e) => e is DescriptorClosedException { BrokenPipe: true };
}
