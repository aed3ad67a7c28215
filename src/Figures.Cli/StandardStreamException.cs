namespace Figures.Cli;

/// <summary>
/// A standard stream failed: a closed pipe (<c>| head</c>), a closed descriptor, or standard error
/// that cannot be written. The command ends at once with <see cref="ExitCode"/>; nothing more is
/// written to the failing stream, and a message only when there is still somewhere to write it.
/// </summary>
public sealed class StandardStreamException(string? message, int exitCode) : Exception(message ?? "a standard stream failed")
{
    /// <summary>The exit code for a reader that went away: 128 + SIGPIPE, what a shell shows for a process a closed pipe ended.</summary>
    public const int BrokenPipe = 141;

    /// <summary>The message for standard error, or null when none should be written.</summary>
    public string? Report { get; } = message;

    /// <summary>The exit code the command ends with.</summary>
    public int ExitCode { get; } = exitCode;
}
