using System.CommandLine;
using Figures.Core.Diagnostics;
using Figures.Core.Export;
using Figures.Core.Model;
using Figures.Core.Validation;
using Figures.Core.Wording;
using Spectre.Console;

namespace Figures.Cli.Commands;

/// <summary><c>figures list</c>: the selected figures as a readable table, or as CSV or JSON.</summary>
public static class ListCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var formatOption = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        formatOption.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("list", "List figures, worded for reading (\"more than 38,500 people\").");
        common.AddTo(command);
        command.Options.Add(formatOption);
        command.SetAction(parsed =>
        {
            var filter = common.Filter(parsed);
            var format = parsed.GetValue(formatOption) switch
            {
                "csv" => ExportFormat.Csv,
                "json" => ExportFormat.Json,
                _ => (ExportFormat?)null,
            };
            using var guard = WriteGuard.Use(context, [parsed.GetValue(common.Data)]);
            var figures = DatasetLoader.LoadValid(parsed.GetValue(common.Data)!, context, filter.Matches).Figures;
            if (figures.Count == 0)
            {
                context.Error.WriteLine("figures: no figures match the filters");
                return (int)ExitCode.InvalidData;
            }
            // CSV and JSON are the export's own bytes: one writer for both verbs.
            if (format is { } export) FigureExporter.Write(context.OpenOutBytes(), figures, export);
            else WriteTable(figures, context);
            return (int)ExitCode.Ok;
        });
        return command;
    }

    private static string Cell(string text) => Markup.Escape(Echo.Printable(text));

    private static void WriteTable(IReadOnlyList<Figure> figures, CliContext context)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("id", "metric", "figure", "period", "location", "attributed to", "source");
        foreach (var f in figures)
        {
            // Text from the dataset reaches a terminal here: escape sequences in it are shown, never run.
            table.AddRow(
                Cell(f.Id),
                Vocabulary.Name(f.Metric),
                Cell(NumberWording.Describe(f)),
                Cell(PeriodWording.Describe(f)),
                Cell(f.Location),
                Cell(f.AttributedTo),
                Cell(SourceWording.Short(f)));
        }
        var console = context.CreateConsole();
        console.Write(table);
        console.WriteLine($"{figures.Count} figure{(figures.Count == 1 ? "" : "s")}. Figures are as reported by the sources cited.");
    }
}
