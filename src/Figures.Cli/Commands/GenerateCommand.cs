using System.CommandLine;
using Figures.Core.Diagnostics;
using Figures.Core.IO;
using Figures.Cli.Synthetic;
using Figures.Core.Export;

namespace Figures.Cli.Commands;

/// <summary><c>figures generate --rows N [--seed S] --out FILE</c>: a seeded synthetic figures file for scale tests.</summary>
public static class GenerateCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var rows = new Option<int>("--rows") { Description = "Number of figures", DefaultValueFactory = _ => 1_000_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same file", DefaultValueFactory = _ => 42 };
        var output = new Option<string>("--out") { Description = "File to write (atomically), or '-' for standard output", Required = true };
        var force = WriteGuard.ForceOption();
        var command = new Command("generate", "Write a synthetic figures file (valid, realistic, seeded) for benchmarks and scale tests.") { rows, seed, output, force };
        command.SetAction(parsed =>
        {
            var count = parsed.GetValue(rows);
            if (count < 1) throw new FiguresException("--rows must be at least 1");
            var path = parsed.GetValue(output)!;
            using var guard = WriteGuard.Use(context, [], parsed.GetValue(force));
            AtomicFile.Write(path, stream => FigureCsvWriter.Write(stream, SyntheticFigures.Generate(count, parsed.GetValue(seed))));
            context.Error.WriteLine($"wrote {count} synthetic figures to {path}");
            return (int)ExitCode.Ok;
        });
        return command;
    }
}
