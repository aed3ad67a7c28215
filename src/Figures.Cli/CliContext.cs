using Figures.Core.IO;
using Spectre.Console;

namespace Figures.Cli;

/// <summary>Where a command writes: injected so tests read exactly what a user would see.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, bool errorIsTerminal = false, Stream? outputBytes = null,
    FileIdentity? standardOutput = null, int? outputWidth = null, Func<Stream>? standardInput = null)
{
    /// <summary>The name that means standard input where a command takes a file to read.</summary>
    public const string StandardInputName = "-";

    /// <summary>Standard input, for a command given <c>-</c> as the file to read (empty when there is none).</summary>
    public Stream OpenInput() => standardInput?.Invoke() ?? Stream.Null;

    private const int FileWidth = 200;
    private const int MinimumWidth = 40;

    /// <summary>The terminal's width in columns when standard output is a terminal; null for files and pipes.</summary>
    public int? OutputWidth { get; } = outputWidth;

    /// <summary>The file behind the process's standard output (null in tests and when unknown).</summary>
    public FileIdentity? StandardOutput { get; } = standardOutput;

    /// <summary>Standard output: the command's result.</summary>
    public TextWriter Out { get; } = output;
    /// <summary>Standard error: problems, summaries and progress.</summary>
    public TextWriter Error { get; } = error;
    /// <summary>Whether stderr is an interactive terminal (progress is shown only then).</summary>
    public bool ErrorIsTerminal { get; } = errorIsTerminal;

    /// <summary>
    /// Standard output for bytes (CSV, JSON): the process's own stream when there is one, so a large
    /// export is not decoded to text and encoded again; otherwise <see cref="Out"/> as UTF-8. Text
    /// already written to <see cref="Out"/> is flushed first, so it stays in order. Not to be disposed.
    /// </summary>
    public Stream OpenOutBytes()
    {
        if (outputBytes is null) return new TextWriterStream(Out);
        Out.Flush();
        return outputBytes;
    }

    /// <summary>
    /// A Spectre console over <paramref name="target"/> (else <see cref="Out"/>): as wide as the terminal, or,
    /// in files and pipes, wide enough that tables do not wrap.
    /// </summary>
    public IAnsiConsole CreateConsole(TextWriter? target = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(target ?? Out),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = OutputWidth is { } width ? Math.Max(width, MinimumWidth) : FileWidth;
        return console;
    }
}
