using System.CommandLine;
using Figures.Core.Diagnostics;
using Figures.Core.Validation;
using Figures.Core.Reading;

namespace Figures.Cli.Commands;

/// <summary><c>figures validate [FILE] [--sources DIR]</c>: reports every problem as FILE:LINE:COLUMN: message.</summary>
public static class ValidateCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Figures file to check", DefaultValueFactory = _ => "figures.csv" };
        var sources = new Option<string?>("--sources") { Description = "Folder of archived articles: check each quote appears verbatim in its source_file" };
        var command = new Command("validate", "Check a figures file: header, types, vocabularies, unique ids, quotes that state their figure.") { file, sources };
        command.SetAction(parsed => Run(parsed.GetValue(file)!, parsed.GetValue(sources), context));
        return command;
    }

    private static int Run(string path, string? sourcesFolder, CliContext context)
    {
        if (sourcesFolder is not null && !Directory.Exists(sourcesFolder))
            throw new FiguresException($"--sources folder '{sourcesFolder}' does not exist");
        using var guard = WriteGuard.Use(context, [path]);
        // validate keeps no figures: its memory is the ids seen, not the file.
        var articles = sourcesFolder is null ? null : new SourceQuoteCheck(sourcesFolder);
        var options = new FigureReadOptions
        {
            CheckFigure = articles is null ? null : articles.Check,
            ValidateOnly = true,
            Fingerprint = false,
        };
        var set = CliProgress.Reading(context, path, progress => FigureFileReader.ReadFile(path, options with { Progress = progress }));
        foreach (var diagnostic in InLineOrder(set.Problems, set.Warnings)) context.Error.WriteLine(diagnostic);
        DatasetLoader.WriteOmitted(set, context);
        var warnings = set.Warnings.Count == 0 ? "" : $"; {set.Warnings.Count} warning{(set.Warnings.Count == 1 ? "" : "s")}";
        if (set.IsValid)
            context.Out.WriteLine($"{set.File}: {set.ValidCount} figures, no problems{(sourcesFolder is null ? "" : $"; every quote found in {sourcesFolder}")}{warnings}");
        else
            context.Out.WriteLine($"{set.File}: {set.ProblemCount} problem{(set.ProblemCount == 1 ? "" : "s")} in {set.RowCount} rows{warnings}");
        // Warnings never fail a validation: the exit code is the problems' alone. An article that cannot
        // be read (too large, not UTF-8) is unreadable input, as the dataset would be.
        return ExitCodes.For(articles is { FoundUnreadable: true } ? Severity.Unusable : set.Severity);
    }

    // Problems and warnings as one report in file order (each list is in file order already).
    private static IEnumerable<Diagnostic> InLineOrder(IReadOnlyList<Diagnostic> problems, IReadOnlyList<Diagnostic> warnings)
    {
        var next = 0;
        foreach (var problem in problems)
        {
            while (next < warnings.Count && warnings[next].Line < problem.Line) yield return warnings[next++];
            yield return problem;
        }
        while (next < warnings.Count) yield return warnings[next++];
    }
}
