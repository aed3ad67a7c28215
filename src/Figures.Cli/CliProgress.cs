using Spectre.Console;

namespace Figures.Cli;

/// <summary>
/// A progress bar on stderr for reading big files: shown only when stderr is a terminal and the
/// file is over 50 MB, so pipes, logs and tests never see it. It is updated once per batch of
/// records, which keeps its cost far below the 2% budget.
/// </summary>
public static class CliProgress
{
    /// <summary>Files smaller than this read too fast for a bar to help.</summary>
    public const long Threshold = 50L * 1024 * 1024;

    /// <summary>Runs <paramref name="work"/>, giving it a byte-progress callback when a bar is shown.</summary>
    public static T Reading<T>(CliContext context, string path, Func<Action<long>?, T> work)
    {
        var size = File.Exists(path) ? new FileInfo(path).Length : 0;
        if (!context.ErrorIsTerminal || size < Threshold) return work(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask($"reading {Path.GetFileName(path)}", maxValue: size);
                var result = work(bytes => task.Value = bytes);
                task.Value = size;
                return result;
            });
    }
}
