using BenchmarkDotNet.Attributes;
using Figures.Charts;
using Figures.Core.Model;
using SkiaSharp;

namespace Figures.Benchmarks;

/// <summary>
/// Build (decide and lay out) and draw a chart of N synthetic figures without encoding a file: onto a raster
/// canvas at 2 pixels per point (<c>*Drawn</c>), or recorded as Skia drawing commands, which is what the SVG
/// and PDF writers and the brief's page receive (<c>*Recorded</c>).
/// Targets for the timeline: 1,000 figures ≤ 10 ms; 10,000 figures ≤ 25 ms.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ChartBenchmarks
{
    private IReadOnlyList<Figure> _figures = [];
    private FontSet _fonts = null!;
    private SKSurface _surface = null!;

    [Params(1_000, 10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _figures = SyntheticFigures.Create(Count);
        _fonts = FontResolver.Resolve();
        _surface = SKSurface.Create(new SKImageInfo(960, 600));
    }

    [GlobalCleanup]
    public void Cleanup() => _surface.Dispose();

    [Benchmark]
    public int TimelineDrawn() => Draw(ChartKind.Timeline);

    [Benchmark]
    public int TimelineRecorded()
    {
        var chart = Chart.Build(new ChartRequest { Kind = ChartKind.Timeline, Figures = _figures }, _fonts);
        using var recorder = new SKPictureRecorder();
        chart.Render(recorder.BeginRecording(SKRect.Create(chart.Width, chart.Height)), SKRect.Create(chart.Width, chart.Height));
        using var picture = recorder.EndRecording();
        return chart.ShownCount;
    }

    [Benchmark]
    public int BarsDrawn() => Draw(ChartKind.Bars);

    private int Draw(ChartKind kind)
    {
        var chart = Chart.Build(new ChartRequest { Kind = kind, Figures = _figures }, _fonts);
        _surface.Canvas.Clear(SKColors.White);
        chart.Render(_surface.Canvas, SKRect.Create(960, 600));
        _surface.Canvas.Flush();
        return chart.ShownCount;
    }
}
