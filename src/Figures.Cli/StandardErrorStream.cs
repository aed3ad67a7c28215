namespace Figures.Cli;

/// <summary>
/// The process's standard error. When it cannot be written (<c>2&gt;/dev/full</c>, a closed pipe)
/// there is nowhere left to say so: the command ends at once with a non-zero code and no message.
/// </summary>
public sealed class StandardErrorStream(Stream inner) : WriteOnlyStream
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

    private static StandardStreamFailure Failed(IOException e) =>
        new(null, e is DescriptorClosedException { BrokenPipe: true } ? StandardStreamFailure.BrokenPipe : 2);
}
