using System.Text;
using Figures.Cli;

// Text and exported bytes share one stdout stream, whose failures (a full disk) end the command
// with a message rather than an internal error. Text is written at once (AutoFlush), so it stays
// in order with stderr; exports write their bytes to the stream itself in large chunks.
var stdout = new StandardOutputStream(Console.OpenStandardOutput());
var text = TextWriter.Synchronized(new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 4096, leaveOpen: true) { AutoFlush = true });
return FiguresCli.Run(args, text, Console.Error, errorIsTerminal: !Console.IsErrorRedirected, outputBytes: stdout);
