using Figures.Core.Diagnostics;

namespace Figures.Cli;

/// <summary>How the libraries' severities become exit codes: the one place the two meet.</summary>
public static class ExitCodes
{
    /// <summary>The exit code of a command whose worst problem has <paramref name="severity"/> (null: no problem).</summary>
    public static int For(Severity? severity) => (int)(severity switch
    {
        null or Severity.Warning => ExitCode.Ok,
        Severity.Invalid => ExitCode.InvalidData,
        _ => ExitCode.UsageOrUnreadable,
    });
}
