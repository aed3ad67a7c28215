using System.Diagnostics;
using Spectre.Console;

namespace Figures.Cli;

/// <summary>
/// A progress bar on stderr for reading big files: shown only when stderr is a terminal and the
/// file is over 50 MB, so pipes, logs and tests never see it.
/// </summary>
/// <remarks>
/// The bar is drawn by the reading code's progress callback, not by a refresh thread, and only
/// after the read has run for a moment: a refresh thread drawing ten times a second kept first
/// calling drawing code, which kept the runtime from optimising the reader's hot code (validate on
/// 1M rows was 14% slower with the bar).
/// </remarks>
public static class CliProgress
{
    /// <summary>Files smaller than this read too fast for a bar to help.</summary>
    public const long Threshold = 50L * 1024 * 1024;

    /// <summary>Nothing is drawn before this; a read that ends sooner never needed a bar. (Tests shorten it.)</summary>
    internal static TimeSpan FirstDraw { get; set; } = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>Runs <paramref name="work"/>, giving it a byte-progress callback when a bar is shown.</summary>
    public static T Reading<T>(CliContext context, string path, Func<Action<long>?, T> work)
    {
        var size = File.Exists(path) ? new FileInfo(path).Length : 0;
        if (!context.ErrorIsTerminal || size < Threshold) return work(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return console.Progress()
            .AutoClear(true)
            .AutoRefresh(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask($"reading {Path.GetFileName(path)}", maxValue: size);
                var clock = Stopwatch.StartNew();
                var next = FirstDraw;
                var result = work(bytes =>
                {
                    task.Value = bytes;
                    if (clock.Elapsed < next) return;
                    progress.Refresh();
                    next = clock.Elapsed + Interval;
                });
                task.Value = size;
                return result;
            });
    }
}
