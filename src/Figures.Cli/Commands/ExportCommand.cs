using System.CommandLine;
using Figures.Core.Diagnostics;
using Figures.Core.Export;
using Figures.Core.IO;

namespace Figures.Cli.Commands;

/// <summary><c>figures export --format csv|json|hxl [--out FILE]</c>: safe exports for spreadsheets and HDX.</summary>
public static class ExportCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format") { Description = "csv, json or hxl", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json", "hxl");
        var output = new Option<string?>("--out") { Description = "File to write (atomically); standard output when absent or '-'" };
        var force = WriteGuard.ForceOption();
        var command = new Command("export", "Export the selected figures as CSV, JSON or HXL (formula-like text neutralised).");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(parsed =>
        {
            var dataPath = parsed.GetValue(common.Data)!;
            var outPath = parsed.GetValue(output);
            using var guard = WriteGuard.Use(context, [dataPath], parsed.GetValue(force));
            if (outPath is not null) AtomicFile.Check(outPath);
            var filter = common.Filter(parsed);
            var exportFormat = Enum.Parse<ExportFormat>(parsed.GetValue(format)!, ignoreCase: true);
            var figures = DatasetLoader.LoadValid(dataPath, context, filter.Matches).Figures;
            var count = figures.Count;
            if (count == 0)
            {
                context.Error.WriteLine("figures: no figures match the filters");
                return (int)ExitCode.InvalidData;
            }
            void Write(Stream stream) => FigureExporter.Write(stream, figures, exportFormat);
            if (outPath is null or "-")
            {
                Write(context.OpenOutBytes());
            }
            else
            {
                AtomicFile.Write(outPath, Write);
                context.Error.WriteLine($"wrote {count} figures to {outPath}");
            }
            return (int)ExitCode.Ok;
        });
        return command;
    }
}
