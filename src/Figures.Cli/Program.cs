using System.Text;
using Figures.Cli;

// Console.Out flushes every 256 characters: a million-row export would be half a million writes.
// One 64 KB buffer, flushed when the command ends, writes the same bytes in a few thousand.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
try
{
    return FiguresCli.Run(args, stdout, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
}
finally
{
    stdout.Flush();
}
