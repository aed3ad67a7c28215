using Figures.Cli;

namespace Figures.Tests.Support;

/// <summary>Runs the figures command in-process with injected writers, as a user would see it.</summary>
public static class CliRunner
{
    /// <summary>Exit code, stdout and stderr of one invocation.</summary>
    public static (int ExitCode, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = FiguresCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
