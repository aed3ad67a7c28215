using Figures.Cli;

return FiguresCli.Run(args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
