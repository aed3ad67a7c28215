using Figures.Cli;

// Text goes through Console.Out, which writes at once, so it stays in order with stderr. Exports
// write their bytes to the stream itself (CliContext.OpenOutBytes) in large chunks.
return FiguresCli.Run(args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected, outputBytes: Console.OpenStandardOutput());
