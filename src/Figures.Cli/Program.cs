using System.Text;
using Figures.Cli;
using Figures.Core.IO;

// Text and exported bytes share one stdout stream, whose failures (a full disk, a closed pipe) end the
// command with a message or a code rather than an internal error. Text is written at once (AutoFlush),
// so it stays in order with stderr; exports write their bytes to the stream itself in large chunks.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var stdout = StandardStream.Output(DescriptorStream.Supported ? new DescriptorStream(DescriptorStream.Output) : Console.OpenStandardOutput());
var stderr = StandardStream.Error(DescriptorStream.Supported ? new DescriptorStream(DescriptorStream.Error) : Console.OpenStandardError());
var text = TextWriter.Synchronized(new StreamWriter(stdout, utf8, bufferSize: 4096, leaveOpen: true) { AutoFlush = true });
var error = TextWriter.Synchronized(new StreamWriter(stderr, utf8, bufferSize: 1024, leaveOpen: true) { AutoFlush = true });
return FiguresCli.Run(args, text, error, errorIsTerminal: !Console.IsErrorRedirected, outputBytes: stdout,
    standardOutput: FileIdentity.OfDescriptor(DescriptorStream.Output), outputWidth: TerminalWidth(), standardInput: Console.OpenStandardInput);

// The width of the terminal that standard output is, if it is one.
static int? TerminalWidth()
{
    if (Console.IsOutputRedirected) return null;
    try { return Console.WindowWidth > 0 ? Console.WindowWidth : null; }
    catch (IOException) { return null; }
}
