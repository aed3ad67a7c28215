using Figures.Core.Csv;
using Figures.Core.Diagnostics;

namespace Figures.Cli.Commands;

/// <summary>Loads the dataset for a command that needs it valid: problems go to stderr and end the command.</summary>
public static class DatasetLoader
{
    /// <summary>The figure set, or a <see cref="FiguresException"/> after printing every problem.</summary>
    public static FigureSet LoadValid(string path, CliContext context)
    {
        var set = FigureFileReader.ReadFile(path);
        if (set.IsValid) return set;
        foreach (var problem in set.Problems) context.Error.WriteLine(problem);
        throw new FiguresException($"{path} has {set.Problems.Count} problem{(set.Problems.Count == 1 ? "" : "s")}; run 'figures validate {path}' after fixing them", set.ExitCode);
    }
}
