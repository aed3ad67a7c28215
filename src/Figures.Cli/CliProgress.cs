using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Spectre.Console;

namespace Figures.Cli;

/// <summary>
/// A progress bar on stderr for reading big files: shown only when stderr is a terminal and the
/// file is over 50 MB, so pipes, logs and tests never see it.
/// </summary>
/// <remarks>
/// Its budget is 2% of the read, and both cores are busy reading, so every millisecond of CPU it
/// takes is felt. Hence:
/// <list type="bullet">
/// <item>A thread of its own draws it; the reader's callback only records how far the read got.</item>
/// <item>The console is only created at the first drawing, half a second in: a read that ends
/// sooner never needed a bar and pays nothing for it.</item>
/// <item>It is one <see cref="ProgressLine"/> written through a Spectre console, not Spectre's
/// Progress widget. The widget cost 80-130 ms of CPU in a fresh process, 55-60 ms of it its first
/// drawing (its live display, task bookkeeping and generic collections all run for the first
/// time): 5-7% of a one-second read. The line takes about 25 ms in all, and later drawings well
/// under a millisecond.</item>
/// </list>
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

        var description = $"reading {Path.GetFileName(path)}";
        var clock = Stopwatch.StartNew();
        using var done = new ManualResetEventSlim();
        var read = 0L;
        ExceptionDispatchInfo? failure = null;
        var drawer = new Thread(() =>
        {
            IAnsiConsole? console = null;
            try
            {
                if (done.Wait(FirstDraw)) return;
                console = CreateConsole(context.Error, NoColor);
                do console.Write(new ProgressLine(description, Interlocked.Read(ref read), size, clock.Elapsed));
                while (!done.Wait(Interval));
            }
            catch (IOException)
            {
                return; // the terminal went away: the read goes on without a bar, and there is nothing to erase
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e); // a bug: reported on the reading thread, not a crash here
            }
            try
            {
                // Also after a failure, so that its message does not follow a half-drawn bar.
                console?.Write(ProgressLine.Erase);
            }
            catch (IOException)
            {
                // The terminal went away: nothing more to show.
            }
            catch (Exception e)
            {
                failure ??= ExceptionDispatchInfo.Capture(e); // the first failure is the one to report
            }
        })
        { IsBackground = true, Name = "figures progress" };
        drawer.Start();
        T result;
        try
        {
            // The reader only records how far it got: it never waits on the bar.
            result = work(bytes => Interlocked.Exchange(ref read, bytes));
        }
        finally
        {
            done.Set();
            drawer.Join(); // the line is erased before anything else is written to stderr
        }
        failure?.Throw();
        return result;
    }

    // Colours unless NO_COLOR asks for none (https://no-color.org).
    private static bool NoColor => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>
    /// The console the bar is written to. stderr is a terminal here, so it takes escape codes.
    /// Stating that and the colours spares Spectre's detection, which costs time at start-up.
    /// </summary>
    internal static IAnsiConsole CreateConsole(TextWriter error, bool noColor) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(error),
        Ansi = AnsiSupport.Yes,
        ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Standard,
        Interactive = InteractionSupport.Yes,
    });
}
