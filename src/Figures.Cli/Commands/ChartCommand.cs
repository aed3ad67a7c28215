using System.CommandLine;
using Figures.Charts;
using Figures.Core.Diagnostics;
using Figures.Core.IO;

namespace Figures.Cli.Commands;

/// <summary><c>figures chart --kind timeline|sources|bars --out FILE.svg|.pdf|.png</c>: a chart of the selected figures.</summary>
public static class ChartCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var kind = new Option<string>("--kind") { Description = "timeline, sources or bars", DefaultValueFactory = _ => "timeline" };
        kind.AcceptOnlyFromAmong("timeline", "sources", "bars");
        var output = new Option<string>("--out", "-o") { Description = "File to write: .svg, .pdf or .png", Required = true, HelpName = "FILE" };
        var font = new Option<string?>("--font") { Description = "Font file (.ttf or .otf) to draw with; else a system font (DejaVu Sans first)", HelpName = "FILE" };
        var width = new Option<double>("--width") { Description = "Width in points (480 fits A4 text width)", DefaultValueFactory = _ => 480 };
        var height = new Option<double>("--height") { Description = "Height in points", DefaultValueFactory = _ => 300 };
        var title = new Option<string?>("--title") { Description = "Chart title (a descriptive one is made when absent)" };
        var groupBy = new Option<string>("--group-by") { Description = "Bars: metric, admin1 or year", DefaultValueFactory = _ => "metric" };
        groupBy.AcceptOnlyFromAmong("metric", "admin1", "year");
        var force = WriteGuard.ForceOption();
        var aggregate = new Option<string>("--aggregate") { Description = "Bars: highest or latest reported figure (never a sum)", DefaultValueFactory = _ => "highest" };
        aggregate.AcceptOnlyFromAmong("highest", "latest");
        var command = new Command("chart", "Chart the selected figures over time, by source, or as bars, to SVG, PDF or PNG.");
        common.AddTo(command);
        foreach (var option in new Option[] { kind, output, width, height, title, groupBy, aggregate, font, force }) command.Options.Add(option);
        command.SetAction(parsed =>
        {
            var dataPath = parsed.GetValue(common.Data)!;
            var outPath = parsed.GetValue(output)!;
            ChartFiles.FormatOf(outPath);
            using var guard = WriteGuard.Use(context, [dataPath], parsed.GetValue(force));
            AtomicFile.Check(outPath);
            var filter = common.Filter(parsed);
            var figures = DatasetLoader.LoadValid(dataPath, context, filter.Matches).Figures;
            if (figures.Count == 0)
            {
                context.Error.WriteLine("figures: no figures match the filters, so there is nothing to chart");
                return (int)ExitCode.InvalidData;
            }
            var request = new ChartRequest
            {
                Kind = Enum.Parse<ChartKind>(parsed.GetValue(kind)!, ignoreCase: true),
                Figures = figures,
                Width = parsed.GetValue(width),
                Height = parsed.GetValue(height),
                Title = parsed.GetValue(title),
                Metric = filter.Metrics.Count == 1 ? filter.Metrics.First() : null,
                Grouping = Enum.Parse<BarGrouping>(parsed.GetValue(groupBy)!, ignoreCase: true),
                Aggregate = Enum.Parse<BarAggregate>(parsed.GetValue(aggregate)!, ignoreCase: true),
            };
            var fonts = FontResolver.Resolve(parsed.GetValue(font) is { } fontPath ? new FontRequest(fontPath) : null);
            var chart = Chart.Build(request, fonts);
            ChartFiles.Write(chart, outPath);
            context.Error.WriteLine($"wrote a {parsed.GetValue(kind)} chart showing {chart.ShownCount} of {chart.SelectedCount} selected figure{(chart.SelectedCount == 1 ? "" : "s")} to {outPath}");
            return (int)ExitCode.Ok;
        });
        return command;
    }
}
