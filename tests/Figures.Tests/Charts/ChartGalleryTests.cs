using Figures.Charts;
using Figures.Core.Csv;
using Figures.Tests.Support;

namespace Figures.Tests.Charts;

/// <summary>Renders every chart kind from the real dataset into gallery/charts, to look at.</summary>
public class ChartGalleryTests
{
    public static TheoryData<string, ChartKind, BarGrouping> Charts => new()
    {
        { "timeline", ChartKind.Timeline, BarGrouping.Metric },
        { "sources", ChartKind.Sources, BarGrouping.Metric },
        { "bars", ChartKind.Bars, BarGrouping.Metric },
        { "bars-by-year", ChartKind.Bars, BarGrouping.Year },
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Write_RealDataset_RendersSvgPdfAndPng(string name, ChartKind kind, BarGrouping grouping)
    {
        // Given
        ExternalTool.Require("rsvg-convert", "librsvg2-bin");
        var set = FigureFileReader.ReadFile(Paths.Dataset);
        var layout = ChartBuilder.Layout(new ChartRequest { Kind = kind, Figures = set.Figures, Grouping = grouping });
        var folder = Paths.Gallery("charts");
        // When
        foreach (var extension in new[] { ".svg", ".pdf", ".png" }) ChartFiles.Write(layout, Path.Combine(folder, name + extension));
        // Then
        foreach (var extension in new[] { ".svg", ".pdf", ".png" }) Assert.True(new FileInfo(Path.Combine(folder, name + extension)).Length > 1000);
    }
}
