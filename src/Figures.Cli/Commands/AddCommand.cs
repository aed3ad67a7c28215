using System.CommandLine;
using Figures.Core.Curation;
using Figures.Core.Diagnostics;
using Figures.Core.IO;
using Figures.Core.Validation;
using Figures.Core.Wording;

namespace Figures.Cli.Commands;

/// <summary>
/// <c>figures add CANDIDATES.csv [--data FILE] [--sources DIR] [--dry-run]</c>: takes reviewed candidate
/// rows into the dataset under the next free ids, after validating them with the whole dataset.
/// The one verb that writes its own input, by design: atomically, and all rows or none.
/// </summary>
public static class AddCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var candidates = new Argument<string>("CANDIDATES") { Description = "Reviewed candidates CSV (the output of 'figures extract', edited); id may be empty or a label such as new-1" };
        var data = new Option<string>("--data") { Description = "Dataset to add to, which is rewritten atomically: its rows stay byte for byte, the new rows follow", DefaultValueFactory = _ => "figures.csv", HelpName = "FILE" };
        var sources = new Option<string?>("--sources") { Description = "Folder of archived articles: check each new quote appears verbatim in its source_file", HelpName = "DIR" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be added and change nothing" };
        var command = new Command("add",
            "Add reviewed candidates to the dataset: next free ids, validated with the whole dataset, written atomically (all or nothing).")
        {
            candidates, data, sources, dryRun,
        };
        command.SetAction(parsed => Run(parsed.GetValue(candidates)!, parsed.GetValue(data)!, parsed.GetValue(sources), parsed.GetValue(dryRun), context));
        return command;
    }

    private static int Run(string candidatesPath, string dataPath, string? sourcesFolder, bool dryRun, CliContext context)
    {
        if (sourcesFolder is not null && !Directory.Exists(sourcesFolder))
            throw new FiguresException($"--sources folder '{sourcesFolder}' does not exist");
        // The dataset is this verb's output as well as its input: standard output must be neither.
        AtomicFile.EnsureStandardOutputIsNotAnInput(context.StandardOutput, [dataPath]);
        using var guard = WriteGuard.Use(context, [candidatesPath, sourcesFolder], ownOutputs: [dataPath]);
        var candidateBytes = ReadCandidates(candidatesPath);
        var dataset = ReadDataset(dataPath, candidatesPath);
        AtomicFile.Check(dataPath);

        var articles = sourcesFolder is null ? null : new SourceQuoteCheck(sourcesFolder);
        var read = CandidateFile.Read(new MemoryStream(candidateBytes, writable: false), candidatesPath);
        var plan = DatasetAddition.Plan(dataset, dataPath, read, articles is null ? null : articles.Check);
        foreach (var problem in plan.Problems) context.Error.WriteLine(problem);
        if (plan.DatasetInvalid)
            throw new FiguresException($"{dataPath} has problems of its own; nothing added: fix them first ('figures validate {dataPath}')", plan.Severity ?? Severity.Invalid);
        if (!plan.IsValid)
        {
            var count = plan.Problems.Count;
            context.Error.WriteLine($"{candidatesPath}: {count} problem{(count == 1 ? "" : "s")} in {Rows(read.Rows.Count)}; nothing added, {dataPath} unchanged");
            return articles is { FoundUnreadable: true } ? (int)ExitCode.UsageOrUnreadable : ExitCodes.For(plan.Severity);
        }

        if (read.IgnoredColumns.Count > 0)
            context.Error.WriteLine($"{candidatesPath}: not figures.csv columns, so not added: {string.Join(", ", read.IgnoredColumns.Select(c => $"'{Echo.Show(c)}'"))}");
        foreach (var added in plan.Added) context.Out.WriteLine(Describe(added, candidatesPath));
        var range = plan.Added.Count == 1 ? plan.Added[0].Figure.Id : $"{plan.Added[0].Figure.Id} to {plan.Added[^1].Figure.Id}";
        var figures = $"{plan.Added.Count} figure{(plan.Added.Count == 1 ? "" : "s")}";
        if (dryRun)
        {
            context.Out.WriteLine($"would add {figures} to {dataPath} ({range}); nothing written (--dry-run)");
            return (int)ExitCode.Ok;
        }
        // Another curator's add (or an editor) may have saved the dataset meanwhile: never write over what was not read.
        if (!File.ReadAllBytes(dataPath).AsSpan().SequenceEqual(dataset))
            throw new FiguresException($"{dataPath} changed while add was running; nothing added: run add again");
        AtomicFile.Write(dataPath, stream => stream.Write(plan.NewDataset.Span));
        context.Out.WriteLine($"added {figures} to {dataPath} ({range})");
        return (int)ExitCode.Ok;
    }

    private static string Rows(int count) => $"{count} candidate{(count == 1 ? "" : "s")}";

    // "IDL-0017  candidates.csv:2  displaced: about 18,400 people  (01_flash_update.txt)"
    private static string Describe(AddedFigure added, string candidatesPath)
    {
        var figure = added.Figure;
        var source = figure.SourceFile.Length > 0 ? figure.SourceFile : figure.Url;
        return $"{figure.Id}  {candidatesPath}:{added.CandidateLine}  {Core.Model.Vocabulary.Name(figure.Metric)}: {NumberWording.Describe(figure)}  ({Echo.Show(source)})";
    }

    private static byte[] ReadCandidates(string path)
    {
        byte[] bytes;
        try
        {
            bytes = BoundedFile.Read(path, (int)CandidateFile.MaxBytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FiguresException($"{path}: file not found; name the reviewed candidates file (the output of 'figures extract')");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FiguresException($"cannot read '{path}': {e.Message}");
        }
        if (bytes.Length > CandidateFile.MaxBytes)
            throw new FiguresException($"{path} is over {CandidateFile.MaxBytes / (1024 * 1024)} MB; a candidates file is a review of a few articles");
        return bytes;
    }

    private static byte[] ReadDataset(string path, string candidatesPath)
    {
        var identity = FileIdentity.Of(path);
        if (identity.Kind == FileKind.Missing) throw new FiguresException($"{path}: file not found; add appends to an existing dataset (--data FILE)");
        if (identity.Kind != FileKind.Regular) throw new FiguresException($"cannot add to '{path}': it is not a regular file");
        if (FileIdentity.Of(candidatesPath).SameFileAs(identity))
            throw new FiguresException($"refusing to add '{candidatesPath}' to itself: it is the dataset ({path})");
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FiguresException($"cannot read '{path}': {e.Message}");
        }
    }
}
