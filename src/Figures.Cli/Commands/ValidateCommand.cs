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
        var file = new Argument<string>("FILE") { Description = "Figures file to check (- for standard input)", DefaultValueFactory = _ => "figures.csv" };
        var sources = new Option<string?>("--sources") { Description = "Folder of archived articles: check each quote appears verbatim in its source_file", HelpName = "DIR" };
        // --data as the other verbs take the dataset, beside the argument.
        var data = new Option<string?>("--data") { Description = "Figures file to check, as the other verbs take it (the same as FILE)", HelpName = "FILE" };
        var command = new Command("validate", "Check a figures file: header, types, vocabularies, unique ids, quotes that state their figure.") { file, data, sources };
        command.SetAction(parsed => Run(DataPath(parsed, file, data), parsed.GetValue(sources), context));
        return command;
    }

    private static string DataPath(ParseResult parsed, Argument<string> file, Option<string?> data)
    {
        if (parsed.GetValue(data) is not { } option) return parsed.GetValue(file)!;
        if (parsed.GetResult(file) is { Implicit: false } && parsed.GetValue(file) != option)
            throw new FiguresException($"validate takes one file: '{parsed.GetValue(file)}' and --data '{option}' name two");
        return option;
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
        var set = DatasetLoader.Read(path, context, options);
        foreach (var diagnostic in InLineOrder(set.Problems, set.Warnings)) context.Error.WriteLine(diagnostic);
        // A file that could not be read at all has no rows to count: its one message says why (file not found).
        if (set.RowCount == 0 && set.Severity == Severity.Unusable) return ExitCodes.For(set.Severity);
        DatasetLoader.WriteOmitted(set, context);
        var warnings = set.Warnings.Count == 0 ? "" : $"; {set.Warnings.Count} warning{(set.Warnings.Count == 1 ? "" : "s")}";
        if (set.IsValid)
            context.Out.WriteLine($"{set.File}: {set.ValidCount} figures, no problems{(sourcesFolder is null ? "" : $"; every quote found in {sourcesFolder}")}{warnings}");
        else
            context.Out.WriteLine($"{set.File}: {set.ProblemCount} problem{(set.ProblemCount == 1 ? "" : "s")} in {set.RowCount} row{(set.RowCount == 1 ? "" : "s")}{warnings}");
        // Warnings never fail a validation: the exit code is the problems' alone. An article that cannot
        // be read (too large, not UTF-8) is unreadable input, as the dataset would be.
        return ExitCodes.For(articles is { FoundUnreadable: true } ? Severity.Unusable : set.Severity);
    }

    // Problems and warnings as one report in line and column order (checks that need the whole file, such
    // as conflicts_with, report after the rows; the sort is stable, so one place keeps its messages' order).
    private static IEnumerable<Diagnostic> InLineOrder(IReadOnlyList<Diagnostic> problems, IReadOnlyList<Diagnostic> warnings) =>
        problems.Concat(warnings).OrderBy(d => d.Line).ThenBy(d => d.Column);
}
