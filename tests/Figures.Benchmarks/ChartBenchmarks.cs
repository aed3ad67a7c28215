using BenchmarkDotNet.Attributes;
using Figures.Charts;
using Figures.Core.Model;

namespace Figures.Benchmarks;

/// <summary>
/// Lay out and draw to SVG a timeline of N synthetic figures.
/// Targets: 1,000 figures ≤ 5 ms; 10,000 figures ≤ 30 ms (overlapping marks are merged, labels capped).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ChartBenchmarks
{
    private IReadOnlyList<Figure> _figures = [];

    [Params(1_000, 10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup() => _figures = SyntheticFigures.Create(Count);

    [Benchmark]
    public string TimelineToSvg() => SvgChartSurface.Render(ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Timeline, Figures = _figures }));

    [Benchmark]
    public string BarsToSvg() => SvgChartSurface.Render(ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Bars, Figures = _figures }));
}
