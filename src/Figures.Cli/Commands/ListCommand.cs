using System.CommandLine;
using Figures.Core.Csv;
using Figures.Core.Diagnostics;
using Figures.Core.Export;
using Figures.Core.Model;
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
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("list", "List figures, worded for reading (\"more than 38,500 people\").");
        common.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parsed =>
        {
            var filter = common.Filter(parsed);
            var asCsv = parsed.GetValue(format) == "csv";
            // CSV rows are formatted while the file is read, on every core; the figures are never all held.
            var set = DatasetLoader.LoadValid(parsed.GetValue(common.Data)!, context, filter.Matches, renderCsv: asCsv);
            var figures = set.Figures;
            if ((set.Csv?.Count ?? figures.Count) == 0)
            {
                context.Error.WriteLine("figures: no figures match the filters");
                return (int)ExitCode.InvalidData;
            }
            switch (parsed.GetValue(format))
            {
                case "csv":
                    FigureCsvWriter.WriteRendered(context.OpenOutBytes(), set.Csv!);
                    break;
                case "json":
                    FigureExporter.Write(context.OpenOutBytes(), figures, ExportFormat.Json);
                    break;
                default:
                    WriteTable(figures, context);
                    break;
            }
            return (int)ExitCode.Ok;
        });
        return command;
    }

    private static void WriteTable(IReadOnlyList<Figure> figures, CliContext context)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("id", "metric", "figure", "period", "location", "attributed to", "source");
        foreach (var f in figures)
        {
            table.AddRow(
                Markup.Escape(f.Id),
                Vocabulary.Name(f.Metric),
                Markup.Escape(NumberWording.Describe(f)),
                Markup.Escape(PeriodWording.Describe(f)),
                Markup.Escape(f.Location),
                Markup.Escape(f.AttributedTo),
                Markup.Escape(SourceWording.Short(f)));
        }
        var console = context.CreateConsole();
        console.Write(table);
        console.WriteLine($"{figures.Count} figure{(figures.Count == 1 ? "" : "s")}. Figures are as reported by the sources cited.");
    }
}
