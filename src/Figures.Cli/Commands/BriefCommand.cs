using System.CommandLine;
using System.Globalization;
using Figures.Charts;
using Figures.Core.Diagnostics;
using Figures.Core.IO;
using Figures.Core.Wording;
using Figures.Reports.Definition;
using Figures.Reports.Drawing;
using Figures.Reports.Html;
using Figures.Reports.Model;

namespace Figures.Cli.Commands;

/// <summary><c>figures brief [reports/NAME.json] [--format pdf|html] [--out FILE] [--png DIR]</c>: builds briefs from definitions in reports/.</summary>
public static class BriefCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var definition = new Argument<string?>("DEFINITION") { Description = "A brief definition (reports/NAME.json); all of reports/*.json when absent", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--out", "-o") { Description = "File to write (default reports/NAME.pdf, or reports/NAME.html)", HelpName = "FILE" };
        var format = new Option<string>("--format", "-f") { Description = "pdf (the brief to send on) or html (one self-contained page to filter, sort and trace each figure)", DefaultValueFactory = _ => "pdf", HelpName = "pdf|html" };
        format.AcceptOnlyFromAmong("pdf", "html");
        var png = new Option<string?>("--png") { Description = "Also write each page as PNG (NAME-1.png, ...) into this folder", HelpName = "DIR" };
        var font = new Option<string?>("--font") { Description = "Font file (.ttf/.otf) to draw with, unless the definition names one", HelpName = "FILE" };
        var data = new Option<string>("--data") { Description = "Figures file to read", DefaultValueFactory = _ => "figures.csv", HelpName = "FILE" };
        var reports = new Option<string>("--reports") { Description = "Folder of brief definitions", DefaultValueFactory = _ => "reports", HelpName = "DIR" };
        var language = new Option<string?>("--language") { Description = "Word and lay out the brief in this language: en, or ar (Arabic, right to left; written to reports/NAME.ar.pdf)", HelpName = "en|ar" };
        language.AcceptOnlyFromAmong("en", "ar");
        var force = WriteGuard.ForceOption();
        var command = new Command("brief", "Build briefs for NGO staff (PDF) or analysts (HTML): key figures, highlights, charts, disagreements, every figure sourced.")
        {
            definition, format, output, png, font, data, reports, language, force,
        };
        command.SetAction(parsed => Run(new Request(parsed.GetValue(definition), parsed.GetValue(output), parsed.GetValue(png), parsed.GetValue(font),
            parsed.GetValue(data)!, parsed.GetValue(reports)!, parsed.GetValue(format) == "html", parsed.GetValue(force), parsed.GetValue(language)), context));
        return command;
    }

    private sealed record Request(string? Definition, string? Out, string? PngFolder, string? Font, string Data, string Reports, bool Html, bool Force, string? Language = null);

    private static int Run(Request request, CliContext context)
    {
        // ScottPlot's first use scans every system font; that starts now, beside the reading of the definitions.
        _ = Task.Run(Chart.PrepareEngine);
        var paths = request.Definition is not null ? [request.Definition] : Definitions(request.Reports);
        if (request.Out is not null && paths.Count > 1)
            throw new FiguresException("--out needs a single definition; name one, e.g. 'figures brief reports/NAME.json --out brief.pdf'");
        if (request.Html && request.PngFolder is not null)
            throw new FiguresException("--png draws the pages of a PDF brief; an HTML report has no pages (leave out --png or --format html)");
        if (request.PngFolder is not null && !Directory.Exists(request.PngFolder))
            throw new FiguresException($"--png folder '{request.PngFolder}' does not exist");

        var definitions = new List<(BriefDefinition Definition, string Path)>();
        var problems = new List<Diagnostic>();
        foreach (var path in paths)
        {
            var (read, found) = BriefDefinitionReader.ReadFile(path);
            problems.AddRange(found);
            if (read is null) continue;
            // --language words any definition in that language; the definition's own texts (title, area) stay as written.
            if (request.Language is { } asked) read = read with { Language = asked == "ar" ? Language.Arabic : Language.English };
            definitions.Add((read, path));
        }
        if (problems.Count > 0)
        {
            foreach (var problem in problems) context.Error.WriteLine(problem);
            return ExitCodes.For(DiagnosticList.MostSevere(problems));
        }

        // The default output, reports/NAME.pdf (or .html) beside its definition, is the brief's own product and is rebuilt freely.
        var extension = request.Html ? ".html" : ".pdf";
        if (request.Html && definitions.Any(d => d.Definition.Language == Language.Arabic))
            throw new FiguresException("the Arabic edition is a PDF brief; the HTML report is in English only for now (leave out --format html)");
        var targets = definitions.Select(d => request.Out ?? DefaultTarget(d.Definition, d.Path, extension)).ToList();
        var fontRequests = definitions.Select(d => d.Definition.Font is { } own ? new FontRequest(own.Regular, own.Bold)
            : request.Font is { } file ? new FontRequest(file) : null).ToList();
        FontSet FontsOf(BriefDefinition definition, FontRequest? fontRequest) =>
            definition.Language == Language.Arabic ? FontResolver.ResolveArabic(fontRequest) : FontResolver.Resolve(fontRequest);
        using var guard = WriteGuard.Use(context, [request.Data, .. paths, .. fontRequests.SelectMany(f => new[] { f?.Regular, f?.Bold })], request.Force,
            ownOutputs: definitions.Select(d => DefaultTarget(d.Definition, d.Path, extension)));
        foreach (var target in targets) AtomicFile.Check(target);
        // The first brief's fonts, chart engine and PDF backend get ready on the other core while the figures load
        // and the model is built; the first failure (a bad font) surfaces when the brief needs them.
        var warmUp = Task.Run(() => BriefRenderer.WarmUp(FontsOf(definitions[0].Definition, fontRequests[0])));

        var set = DatasetLoader.LoadValid(request.Data, context, fingerprint: true);
        var epoch = SourceDateEpoch();
        foreach (var ((definition, _), target, fontRequest) in definitions.Zip(targets, fontRequests))
        {
            // The date of issue is the brief's date; only a definition without one takes the day it is built.
            var issued = definition.Issued ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var stamp = epoch ?? issued.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var model = BriefModelBuilder.Build(definition, set.Figures, set.Fingerprint, issued);
            warmUp.GetAwaiter().GetResult();
            var fonts = FontsOf(definition, fontRequest);
            if (request.Html)
            {
                AtomicFile.Write(target, stream => HtmlReport.Write(model, stream, chart => HtmlCharts.Svg(chart, fonts)));
                context.Error.WriteLine($"wrote {target}: {model.Figures.Count} figures from {model.Sources.Count} sources");
                continue;
            }
            AtomicFile.Write(target, stream => BriefRenderer.WritePdf(model, fonts, stream, stamp));
            var pages = "";
            if (request.PngFolder is { } pngFolder)
            {
                var images = BriefRenderer.RenderPngs(model, fonts);
                var stem = Stem(definition);
                var pngPaths = Enumerable.Range(1, images.Count).Select(page => Path.Combine(pngFolder, $"{stem}-{page}.png")).ToList();
                // Page images named by the brief are its own product too (never an input, still).
                using (AtomicFile.Use(AtomicFile.Rules with { OwnOutputs = pngPaths }))
                {
                    for (var i = 0; i < images.Count; i++) AtomicFile.Write(pngPaths[i], stream => stream.Write(images[i]));
                }
                pages = $" and {images.Count} page images to {pngFolder}";
            }
            context.Error.WriteLine($"wrote {target}{pages}: {model.Figures.Count} figures from {model.Sources.Count} sources");
        }
        return (int)ExitCode.Ok;
    }

    // The default output sits beside its definition: reports/NAME.pdf, and reports/NAME.ar.pdf for the Arabic edition
    // (a definition already named NAME.ar.json keeps its name).
    private static string DefaultTarget(BriefDefinition definition, string path, string extension) =>
        Path.Combine(Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : ".", Stem(definition) + extension);

    private static string Stem(BriefDefinition definition) =>
        definition.Language == Language.Arabic && !definition.Name.EndsWith(".ar", StringComparison.Ordinal) ? definition.Name + ".ar" : definition.Name;

    /// <summary>The fixed time SOURCE_DATE_EPOCH asks for, or null when it is not set.</summary>
    private static DateTime? SourceDateEpoch()
    {
        var text = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
            throw new FiguresException($"SOURCE_DATE_EPOCH '{text}' is not a number of seconds since 1970");
        return DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
    }

    private static List<string> Definitions(string folder)
    {
        if (!Directory.Exists(folder))
            throw new FiguresException($"no '{folder}' folder here; run from the project folder or pass a definition file");
        var found = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        return found.Count > 0 ? found : throw new FiguresException($"no brief definitions (*.json) in '{folder}'");
    }
}
