using System.Text;
using Figures.Cli;

// Console.Out flushes every 256 characters: a million-row export would be half a million writes.
// One 64 KB buffer, flushed when the command ends, writes the same bytes in a few thousand.
// Exports write their bytes to the stream itself, after the text before them is flushed.
var stdoutBytes = Console.OpenStandardOutput();
var stdout = new StreamWriter(stdoutBytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
try
{
    return FiguresCli.Run(args, stdout, Console.Error, errorIsTerminal: !Console.IsErrorRedirected, outputBytes: stdoutBytes);
}
finally
{
    stdout.Flush();
}
