using BenchmarkDotNet.Attributes;
using Figures.Core.Model;
using Figures.Core.Query;
using Figures.Core.Export;
using Figures.Core.Reading;

namespace Figures.Benchmarks;

/// <summary>
/// The dataset-scale paths on a seeded synthetic file: read from memory in one pass (so disk speed
/// does not count) and from a file on disk, which is read in chunks on every core (the file is in
/// the page cache after the first run); read and validate, read and keep or format a filtered
/// selection, and aggregate per metric and year. Whole-process timings of 1,000,000 rows are in
/// tools/measure-scale.sh.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DatasetBenchmarks
{
    private byte[] _file = [];
    private string _path = "";
    private IReadOnlyList<Figure> _figures = [];
    private readonly FigureFilter _displaced = new() { Metrics = [Metric.Displaced] };

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var buffer = new MemoryStream();
        FigureCsvWriter.Write(buffer, Cli.Synthetic.SyntheticFigures.Generate(Rows));
        _file = buffer.ToArray();
        _path = Path.Combine(Path.GetTempPath(), $"figures-bench-{Environment.ProcessId}-{Rows}.csv");
        File.WriteAllBytes(_path, _file);
        _figures = FigureFileReader.Read(new MemoryStream(_file), "bench.csv").Figures;
    }

    [Benchmark]
    public int Validate() => FigureFileReader.Read(new MemoryStream(_file), "bench.csv", new FigureReadOptions { ValidateOnly = true, Fingerprint = false }).ValidCount;

    [Benchmark]
    public int LoadAll() => FigureFileReader.Read(new MemoryStream(_file), "bench.csv").Figures.Count;

    [Benchmark]
    public int ListDisplaced() => FigureFileReader.Read(new MemoryStream(_file), "bench.csv", new FigureReadOptions { Keep = _displaced.Matches, Fingerprint = false }).Figures.Count;

    [Benchmark]
    public int ValidateFileInChunks() => FigureFileReader.ReadFile(_path, new FigureReadOptions { ValidateOnly = true, Fingerprint = false }).ValidCount;

    [Benchmark]
    public int ListDisplacedCsvFromFileInChunks() =>
        FigureFileReader.ReadFile(_path, new FigureReadOptions { Keep = _displaced.Matches, Fingerprint = false }).Figures.Count;

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);
}
