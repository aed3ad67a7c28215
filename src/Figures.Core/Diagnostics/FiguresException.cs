namespace Figures.Core.Diagnostics;

/// <summary>
/// A problem the user can fix (bad argument, unwritable output), carried to the command line
/// as a message and a severity (which it turns into an exit code), never as a stack trace.
/// </summary>
public sealed class FiguresException(string message, Severity severity = Severity.Unusable) : Exception(message)
{
    /// <summary>How bad the problem is.</summary>
    public Severity Severity { get; } = severity;
}
