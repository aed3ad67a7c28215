using System.CommandLine;
using Figures.Core.Diagnostics;
using Figures.Core.IO;
using Figures.Reports.Definition;
using Figures.Reports.Model;
using Figures.Reports.Pdf;

namespace Figures.Cli.Commands;

/// <summary><c>figures brief [reports/NAME.json] [--out FILE]</c>: builds PDF briefs from definitions in reports/.</summary>
public static class BriefCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var definition = new Argument<string?>("definition") { Description = "A brief definition (reports/NAME.json); all of reports/*.json when absent", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--out") { Description = "PDF to write (default reports/NAME.pdf)" };
        var data = new Option<string>("--data") { Description = "Figures file to read", DefaultValueFactory = _ => "figures.csv" };
        var reports = new Option<string>("--reports") { Description = "Folder of brief definitions", DefaultValueFactory = _ => "reports" };
        var force = WriteGuard.ForceOption();
        var command = new Command("brief", "Build PDF briefs for NGO staff: key figures, highlights, charts, disagreements, every figure sourced.")
        {
            definition, output, data, reports, force,
        };
        command.SetAction(parsed => Run(parsed.GetValue(definition), parsed.GetValue(output), parsed.GetValue(data)!, parsed.GetValue(reports)!, parsed.GetValue(force), context));
        return command;
    }

    private static int Run(string? definitionPath, string? outPath, string dataPath, string reportsFolder, bool force, CliContext context)
    {
        // Fonts and drawing code get ready on another core while the definitions and figures load.
        var warmUp = Task.Run(BriefWarmUp.Run);
        var paths = definitionPath is not null ? [definitionPath] : Definitions(reportsFolder);
        if (outPath is not null && paths.Count > 1)
            throw new FiguresException("--out needs a single definition; name one, e.g. 'figures brief reports/NAME.json --out brief.pdf'");

        var definitions = new List<(BriefDefinition Definition, string Path)>();
        var problems = new List<Diagnostic>();
        foreach (var path in paths)
        {
            var (read, found) = BriefDefinitionReader.ReadFile(path);
            problems.AddRange(found);
            if (read is not null) definitions.Add((read, path));
        }
        if (problems.Count > 0)
        {
            foreach (var problem in problems) context.Error.WriteLine(problem);
            return (int)DiagnosticList.ExitCodeOf(problems);
        }

        // The default output, reports/NAME.pdf beside its definition, is the brief's own product and is rebuilt freely.
        var targets = definitions.Select(d => outPath ?? DefaultTarget(d.Definition, d.Path)).ToList();
        using var guard = WriteGuard.Use(context, [dataPath, .. paths, .. Fonts(definitions.Select(d => d.Definition))], force,
            ownOutputs: definitions.Select(d => DefaultTarget(d.Definition, d.Path)));
        foreach (var target in targets) AtomicFile.Check(target);

        var set = DatasetLoader.LoadValid(dataPath, context, fingerprint: true);
        var stamp = BriefPdfWriter.SourceDateEpoch();
        var buildDate = DateOnly.FromDateTime((stamp ?? DateTimeOffset.UtcNow).UtcDateTime);
        warmUp.GetAwaiter().GetResult(); // PDFsharp is not used from two threads at once
        foreach (var ((definition, _), target) in definitions.Zip(targets))
        {
            var model = BriefModelBuilder.Build(definition, set, buildDate);
            AtomicFile.Write(target, stream => BriefPdfWriter.Write(model, stream, stamp));
            context.Error.WriteLine($"wrote {target}: {model.Figures.Count} figures from {model.Sources.Count} sources");
        }
        return (int)ExitCode.Ok;
    }

    private static string DefaultTarget(BriefDefinition definition, string path) =>
        Path.Combine(Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : ".", definition.Name + ".pdf");

    private static IEnumerable<string?> Fonts(IEnumerable<BriefDefinition> definitions) =>
        definitions.SelectMany(d => new[] { d.Font?.Regular, d.Font?.Bold });

    private static List<string> Definitions(string folder)
    {
        if (!Directory.Exists(folder))
            throw new FiguresException($"no '{folder}' folder here; run from the project folder or pass a definition file");
        var found = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        return found.Count > 0 ? found : throw new FiguresException($"no brief definitions (*.json) in '{folder}'");
    }
}
