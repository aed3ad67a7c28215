using BenchmarkDotNet.Attributes;
using Figures.Core.Csv;
using Figures.Core.Model;
using Figures.Core.Query;

namespace Figures.Benchmarks;

/// <summary>
/// The dataset-scale paths on a seeded synthetic file held in memory (so disk speed does not count):
/// read and validate, read and keep a filtered selection, and aggregate per metric and year.
/// Whole-process timings of 1,000,000 rows are in tools/measure-scale.sh.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DatasetBenchmarks
{
    private byte[] _file = [];
    private IReadOnlyList<Figure> _figures = [];
    private readonly FigureFilter _displaced = new() { Metrics = [Metric.Displaced] };

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var buffer = new MemoryStream();
        FigureCsvWriter.Write(buffer, Core.Synthetic.SyntheticFigures.Generate(Rows));
        _file = buffer.ToArray();
        _figures = FigureFileReader.Read(new MemoryStream(_file), "bench.csv").Figures;
    }

    [Benchmark]
    public int Validate() => FigureFileReader.Read(new MemoryStream(_file), "bench.csv", new FigureReadOptions { ValidateOnly = true, Fingerprint = false }).ValidCount;

    [Benchmark]
    public int LoadAll() => FigureFileReader.Read(new MemoryStream(_file), "bench.csv").Figures.Count;

    [Benchmark]
    public int ListDisplaced() => FigureFileReader.Read(new MemoryStream(_file), "bench.csv", new FigureReadOptions { Keep = _displaced.Matches, Fingerprint = false }).Figures.Count;

    [Benchmark]
    public int Aggregate() => FigureAggregates.ByMetricAndYear(_figures).Count;

    /// <summary>The obvious LINQ version, as the baseline the accumulator pass is measured against.</summary>
    [Benchmark(Baseline = true)]
    public int AggregateLinqBaseline() => _figures
        .GroupBy(f => (f.Metric, f.Unit, f.ReferenceDate?.Year))
        .Select(g => (g.Key, Count: g.Count(), Min: g.Min(f => f.Value), Max: g.Max(f => f.ValueMax ?? f.Value), Sum: g.Sum(f => f.Value),
            Latest: g.OrderByDescending(f => f.ReferenceDate).First()))
        .ToList().Count;
}
