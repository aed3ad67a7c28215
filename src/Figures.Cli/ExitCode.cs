namespace Figures.Cli;

/// <summary>The process exit codes of every figures command (the README documents them).</summary>
public enum ExitCode
{
    /// <summary>Everything was read and is valid.</summary>
    Ok = 0,
    /// <summary>The input was read but its data are invalid (or a selection is empty).</summary>
    InvalidData = 1,
    /// <summary>Usage error, or an input that cannot be read at all (missing, binary, wrong encoding).</summary>
    UsageOrUnreadable = 2,
}
