using System.Runtime.ExceptionServices;
using Spectre.Console;

namespace Figures.Cli;

/// <summary>
/// A progress bar on stderr for reading big files: shown only when stderr is a terminal and the
/// file is over 50 MB, so pipes, logs and tests never see it.
/// </summary>
/// <remarks>
/// The bar is drawn by a thread of its own, and only after the read has run for a moment. Its first
/// drawing compiles much of Spectre's rendering code (40-70 ms here); drawn from the reader's
/// progress callback, that held up the thread that collects the chunks, and the workers waited
/// behind it (validate on 1M rows was about 13% slower with the bar). The callback only records how
/// far the read got.
/// </remarks>
public static class CliProgress
{
    /// <summary>Files smaller than this read too fast for a bar to help.</summary>
    public const long Threshold = 50L * 1024 * 1024;

    /// <summary>Nothing is drawn before this; a read that ends sooner never needed a bar. (Tests shorten it.)</summary>
    internal static TimeSpan FirstDraw { get; set; } = TimeSpan.FromMilliseconds(500);
    /// <summary>Time between drawings. (Tests shorten it.)</summary>
    internal static TimeSpan Interval { get; set; } = TimeSpan.FromMilliseconds(250);

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
                using var done = new ManualResetEventSlim();
                var read = 0L;
                ExceptionDispatchInfo? failure = null;
                var drawer = new Thread(() =>
                {
                    try
                    {
                        if (done.Wait(FirstDraw)) return;
                        do
                        {
                            task.Value = Interlocked.Read(ref read);
                            progress.Refresh();
                        }
                        while (!done.Wait(Interval));
                    }
                    catch (IOException)
                    {
                        // The terminal went away: the read goes on without a bar.
                    }
                    catch (Exception e)
                    {
                        failure = ExceptionDispatchInfo.Capture(e); // a bug: reported on the reading thread, not a crash here
                    }
                }) { IsBackground = true, Name = "figures progress" };
                drawer.Start();
                T result;
                try
                {
                    // The reader only records how far it got: it never waits on the bar's locks.
                    result = work(bytes => Interlocked.Exchange(ref read, bytes));
                }
                finally
                {
                    done.Set();
                    drawer.Join();
                }
                failure?.Throw();
                task.Value = size;
                return result;
            });
    }
}
