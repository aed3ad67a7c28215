using Figures.Core.Diagnostics;
using Figures.Core.Export;
using Figures.Core.IO;
using Figures.Core.Query;
using Figures.Reports.Model;

namespace Figures.Cli.Commands;

/// <summary><c>figures export --format xlsx --out FILE.xlsx</c>: the selected figures as an Excel workbook.</summary>
public static class XlsxExport
{
    /// <summary>Writes the workbook under the export verb's write rules (already in force).</summary>
    public static int Run(string dataPath, string? outPath, FigureFilter filter, CliContext context)
    {
        // A workbook is binary: it goes to a terminal only when asked for by name.
        if (outPath is null)
            throw new FiguresException("an xlsx workbook is a binary file: name it with --out FILE.xlsx (or --out - for standard output)");
        var set = DatasetLoader.LoadValid(dataPath, context, filter.Matches, fingerprint: true);
        if (set.Figures.Count == 0)
        {
            context.Error.WriteLine("figures: no figures match the filters");
            return (int)ExitCode.InvalidData;
        }
        var about = new XlsxAbout { Dataset = dataPath, Fingerprint = set.Fingerprint, Caveat = BriefWording.Caveat };
        AtomicFile.Write(outPath, stream => FigureXlsxWriter.Write(stream, set.Figures, about));
        if (outPath != "-") context.Error.WriteLine($"wrote {set.Figures.Count} figures to {outPath}");
        return (int)ExitCode.Ok;
    }
}
