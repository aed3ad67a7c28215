using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Query;
using Figures.Core.Reading;

namespace Figures.Cli.Commands;

/// <summary>Loads the dataset for a command that needs it valid: problems go to stderr and end the command.</summary>
public static class DatasetLoader
{
    /// <summary>
    /// The figure set (keeping only the figures <paramref name="keep"/> accepts; hashing the file only when a
    /// <paramref name="fingerprint"/> is wanted), or a <see cref="FiguresException"/> after printing every problem.
    /// </summary>
    public static FigureSet LoadValid(string path, CliContext context, Func<FigureFacets, bool>? keep = null, bool fingerprint = false)
    {
        var options = new FigureReadOptions { Keep = keep, Fingerprint = fingerprint };
        var set = Read(path, context, options);
        if (set.IsValid) return set;
        WriteProblems(set, context);
        throw new FiguresException($"{path} has {set.ProblemCount} problem{(set.ProblemCount == 1 ? "" : "s")}; run 'figures validate {path}' after fixing them", set.Severity ?? Severity.Invalid);
    }

    /// <summary>Reads the dataset at <paramref name="path"/>, or from standard input when it is <c>-</c>.</summary>
    public static FigureSet Read(string path, CliContext context, FigureReadOptions options)
    {
        if (path == CliContext.StandardInputName)
        {
            using var input = context.OpenInput();
            return FigureFileReader.Read(input, path, options);
        }
        return CliProgress.Reading(context, path, progress => FigureFileReader.ReadFile(path, options with { Progress = progress }));
    }

    /// <summary>Writes the problems kept, then, for each kind with more, how many more there are.</summary>
    public static void WriteProblems(FigureSet set, CliContext context)
    {
        foreach (var problem in set.Problems) context.Error.WriteLine(problem);
        WriteOmitted(set, context);
    }

    /// <summary>For each kind of problem with more than were kept, how many more there are.</summary>
    public static void WriteOmitted(FigureSet set, CliContext context)
    {
        foreach (var (first, omitted) in set.Omitted)
            context.Error.WriteLine($"{set.File}: {omitted} more problem{(omitted == 1 ? "" : "s")} like {first.File}:{first.Line}:{first.Column} not shown (the first {ProblemList.PerKind} of each kind are)");
    }
}
