using System.CommandLine;
using Figures.Cli.Commands;
using Figures.Core.Diagnostics;
using Figures.Core.IO;

namespace Figures.Cli;

/// <summary>The figures command: builds the verbs and maps every failure to a message and an exit code.</summary>
public static class FiguresCli
{
    /// <summary>
    /// Runs the command line; never throws and never prints a stack trace. <paramref name="standardOutput"/>
    /// is the file behind the process's standard output, when there is one, so that it is never an input.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool errorIsTerminal = false, Stream? outputBytes = null,
        FileIdentity? standardOutput = null, int? outputWidth = null, Func<Stream>? standardInput = null)
    {
        try
        {
            return RunCommand(args, output, error, errorIsTerminal, outputBytes, standardOutput, outputWidth, standardInput);
        }
        catch (StandardStreamException failure)
        {
            // A stream that failed gets nothing more; standard error gets the message only if it can still take it.
            if (failure.Report is { } message)
            {
                try { error.WriteLine($"figures: {message}"); }
                catch (Exception e) when (e is StandardStreamException or IOException) { }
            }
            return failure.ExitCode;
        }
    }

    private static int RunCommand(string[] args, TextWriter output, TextWriter error, bool errorIsTerminal, Stream? outputBytes, FileIdentity? standardOutput,
        int? outputWidth, Func<Stream>? standardInput)
    {
        var context = new CliContext(output, error, errorIsTerminal, outputBytes, standardOutput, outputWidth, standardInput);
        var root = new RootCommand("Figures: quotable, sourced displacement figures for Idlib, Syria.");
        foreach (var command in Commands(context)) root.Subcommands.Add(command);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine($"figures: {parseError.Message}");
            error.WriteLine("Run 'figures --help' for usage.");
            return (int)ExitCode.UsageOrUnreadable;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (FiguresException e)
        {
            error.WriteLine($"figures: {e.Message}");
            return ExitCodes.For(e.Severity);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StandardStreamException))
        {
            // A bug, not bad input: still no stack trace for the user, but a distinct code to report.
            error.WriteLine($"figures: internal error ({e.GetType().Name}): {e.Message}. Please report it with the command you ran.");
            return 70;
        }
    }

    private static IEnumerable<Command> Commands(CliContext context) =>
    [
        ValidateCommand.Create(context),
        ListCommand.Create(context),
        ExportCommand.Create(context),
        ChartCommand.Create(context),
        BriefCommand.Create(context),
        ExtractCommand.Create(context),
        GenerateCommand.Create(context),
        AddCommand.Create(context),
    ];
}
