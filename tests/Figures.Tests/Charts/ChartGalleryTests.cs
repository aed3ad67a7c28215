using Figures.Charts;
using Figures.Core.Model;
using Figures.Cli.Synthetic;
using Figures.Tests.Support;
using Figures.Core.Reading;

namespace Figures.Tests.Charts;

/// <summary>
/// Renders every chart kind, from the curated dataset and from 1,000 synthetic figures, at the smallest size
/// a chart is meant to be legible at, the default and a full A4 text block, to PNG, SVG and PDF in
/// gallery/charts (ignored by git). Look at the PNGs before calling a visual change done.
/// </summary>
public class ChartGalleryTests
{
    private static readonly (string Name, int Width, int Height)[] Sizes = [("small", 240, 200), ("default", 480, 300), ("a4", 480, 680)];

    public static TheoryData<string, ChartKind, BarGrouping> Charts => new()
    {
        { "timeline", ChartKind.Timeline, BarGrouping.Metric },
        { "sources", ChartKind.Sources, BarGrouping.Metric },
        { "bars", ChartKind.Bars, BarGrouping.Metric },
        { "bars-by-year", ChartKind.Bars, BarGrouping.Year },
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Write_DatasetAndSynthetic_RendersEverySizeToPngSvgAndPdf(string name, ChartKind kind, BarGrouping grouping)
    {
        // Given
        var fonts = FontResolver.Resolve();
        var sets = new (string Name, IReadOnlyList<Figure> Figures)[]
        {
            ("dataset", FigureFileReader.ReadFile(Paths.Dataset).Figures),
            ("synthetic-1000", SyntheticFigures.Generate(1000).ToList()),
        };
        var folder = Paths.Gallery("charts");
        foreach (var (set, figures) in sets)
        {
            foreach (var (size, width, height) in Sizes)
            {
                // When
                var chart = Chart.Build(new ChartRequest { Kind = kind, Figures = figures, Grouping = grouping, Width = width, Height = height }, fonts);
                var stem = Path.Combine(folder, $"{name}-{set}-{size}");
                foreach (var extension in new[] { ".png", ".svg", ".pdf" }) ChartFiles.Write(chart, stem + extension);
                // Then
                foreach (var extension in new[] { ".png", ".svg", ".pdf" }) Assert.True(new FileInfo(stem + extension).Length > 1000, stem + extension);
                Assert.True(chart.ShownCount > 0);
            }
        }
    }
}
