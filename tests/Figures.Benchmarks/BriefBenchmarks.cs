using BenchmarkDotNet.Attributes;
using Figures.Core.Model;
using Figures.Reports.Definition;
using Figures.Reports.Model;
using Figures.Charts;
using Figures.Reports.Drawing;
using Figures.Core.Reading;

namespace Figures.Benchmarks;

/// <summary>
/// Build the sample brief (reports/idlib-2018-2019.json over figures.csv) in-process: the model and
/// the PDF, written to memory. The inputs are read once, so this times the brief, not the disk.
/// Target: ≤ 50 ms after warm-up (issue 16). The whole `figures brief` process is timed by tools/measure-brief.sh.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BriefBenchmarks
{
    private static readonly DateOnly BuildDate = new(2026, 11, 21);
    private BriefDefinition _definition = null!;
    private FigureSet _set = null!;
    private FontSet _fonts = null!;

    /// <summary>Reads the sample definition and the dataset, and fails loudly if either has a problem.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        var (definition, problems) = BriefDefinitionReader.ReadFile(Path.Combine(root, "reports", "idlib-2018-2019.json"));
        if (definition is null || problems.Count > 0)
            throw new InvalidOperationException("the sample brief definition has problems: " + string.Join("; ", problems));
        _definition = definition;
        _set = FigureFileReader.ReadFile(Path.Combine(root, "figures.csv"));
        _fonts = FontResolver.Resolve();
        if (!_set.IsValid) throw new InvalidOperationException("figures.csv has problems: " + string.Join("; ", _set.Problems));
    }

    /// <summary>BriefModelBuilder.Build then BriefRenderer.WritePdf to a MemoryStream; returns the PDF's length.</summary>
    [Benchmark]
    public long SampleBriefToPdf()
    {
        var model = BriefModelBuilder.Build(_definition, _set.Figures, _set.Fingerprint, BuildDate);
        using var output = new MemoryStream();
        BriefRenderer.WritePdf(model, _fonts, output, new DateTime(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc));
        return output.Length;
    }

    // BenchmarkDotNet runs the benchmark from a generated folder under bin/, so look upwards for the data.
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "figures.csv")) && Directory.Exists(Path.Combine(folder.FullName, "reports")))
                    return folder.FullName;
            }
        }
        throw new InvalidOperationException("cannot find figures.csv and reports/ above " + Directory.GetCurrentDirectory());
    }
}
