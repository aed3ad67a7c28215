namespace Figures.Cli;

/// <summary>A standard descriptor that can no longer be written: its pipe's reader left, or it was never open.</summary>
public sealed class DescriptorClosedException(string message, bool brokenPipe) : IOException(message)
{
    /// <summary>Whether the descriptor is a pipe whose reader went away (EPIPE).</summary>
    public bool BrokenPipe { get; } = brokenPipe;
}
