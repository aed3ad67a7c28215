namespace Figures.Core.Diagnostics;

/// <summary>
/// A problem the user can fix (bad argument, unwritable output), carried to the command line
/// as a message and an exit code, never as a stack trace.
/// </summary>
public sealed class FiguresException(string message, ExitCode exitCode = ExitCode.UsageOrUnreadable) : Exception(message)
{
    /// <summary>The exit code the command ends with.</summary>
    public ExitCode ExitCode { get; } = exitCode;
}
