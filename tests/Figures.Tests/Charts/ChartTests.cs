using System.Globalization;
using Figures.Charts;
using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Cli.Synthetic;
using Figures.Tests.Support;
using static Figures.Tests.Charts.ChartFixtures;
using Figures.Core.Reading;

namespace Figures.Tests.Charts;

public class ChartTests
{
    private static readonly FontSet Fonts = FontResolver.Resolve();

    private static IReadOnlyList<Figure> Dataset() => FigureFileReader.ReadFile(Paths.Dataset).Figures;

    private static Chart Build(ChartKind kind, IReadOnlyList<Figure> figures, double width = 480, double height = 300, BarGrouping grouping = BarGrouping.Metric) =>
        Chart.Build(new ChartRequest { Kind = kind, Figures = figures, Width = width, Height = height, Grouping = grouping }, Fonts);

    private static string Svg(Chart chart)
    {
        using var stream = new MemoryStream();
        ChartFiles.WriteSvg(chart, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [InlineData(ChartKind.Timeline)]
    [InlineData(ChartKind.Sources)]
    [InlineData(ChartKind.Bars)]
    public void Build_EmptySelection_ThrowsInvalidData(ChartKind kind)
    {
        // Given / When
        var error = Assert.Throws<FiguresException>(() => Build(kind, []));
        // Then
        Assert.Equal(Severity.Invalid, error.Severity);
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Build_TimelineOnlyUndated_ThrowsInvalidDataSuggestingAnotherKind()
    {
        // Given / When
        var error = Assert.Throws<FiguresException>(() => Build(ChartKind.Timeline, [Make("U-1", Metric.Idps, 5)]));
        // Then
        Assert.Equal(Severity.Invalid, error.Severity);
        Assert.Contains("--kind sources", error.Message);
    }

    [Fact]
    public void Build_TinySize_IsAUsageError()
    {
        // Given / When
        var error = Assert.Throws<FiguresException>(() => Build(ChartKind.Bars, Small(), width: 20));
        // Then
        Assert.Equal(Severity.Unusable, error.Severity);
    }

    [Fact]
    public void Build_TimelineOfTheDataset_ShowsEverySelectedFigureAtTheDefaultSize()
    {
        // Given the 16 curated figures: 9 undated, three units, 1,000 killed beside 3 million people
        var figures = Dataset();
        // When
        var chart = Build(ChartKind.Timeline, figures);
        // Then every figure is a mark, the caption says so, and nothing is left for a footnote
        Assert.Equal(figures.Count, chart.ShownCount);
        Assert.Empty(chart.Footnotes);
        Assert.Contains($"Shown: all {figures.Count} selected figures.", chart.Caption);
    }

    [Fact]
    public void Build_TimelineUndatedFigure_IsDrawnInTheNoDateColumnWithItsLabel()
    {
        // Given
        var figures = Small();
        // When
        var svg = Svg(Build(ChartKind.Timeline, figures));
        // Then T-6 (1.8M IDPs, no date) is on the chart, not in a footnote
        Assert.Contains("no date", svg);
        Assert.Contains("1.8M", svg);
    }

    [Fact]
    public void Build_TimelineQualifiers_AreVisibleOnTheMarks()
    {
        // Given / When
        var svg = Svg(Build(ChartKind.Timeline, Small()));
        // Then
        Assert.Contains("&gt;38.5k", svg);
        Assert.Contains("~3M", svg);
        Assert.Contains("700k–900k", svg);
    }

    [Fact]
    public void Build_TimelineThousandBesideMillions_UsesALogAxisAndSaysSoInTheCaption()
    {
        // Given 1,000 killed and 3 million people on one people axis
        IReadOnlyList<Figure> figures = [Make("A", Metric.Population, 3_000_000, "2019-01-01"), Make("B", Metric.Killed, 1_000, "2019-06-01", qualifier: Qualifier.MoreThan)];
        // When
        var chart = Build(ChartKind.Timeline, figures);
        // Then
        Assert.Contains("People: log scale (1,000 to 3 million).", chart.Caption);
        Assert.Contains("&gt;1k", Svg(chart));
    }

    [Fact]
    public void Build_TimelineSameMagnitude_StaysLinear()
    {
        // Given figures within a factor of 50
        IReadOnlyList<Figure> figures = [Make("A", Metric.Population, 3_000_000, "2019-01-01"), Make("B", Metric.Idps, 100_000, "2019-06-01")];
        // When
        var chart = Build(ChartKind.Timeline, figures);
        // Then
        Assert.DoesNotContain("log scale", chart.Caption);
    }

    [Fact]
    public void Build_BarsThousandBesideMillions_GetsItsOwnPanelAndScale()
    {
        // Given
        IReadOnlyList<Figure> figures = [Make("A", Metric.Population, 3_000_000, "2019-01-01"), Make("B", Metric.Killed, 1_000, "2019-06-01")];
        // When
        var chart = Build(ChartKind.Bars, figures);
        var svg = Svg(chart);
        // Then the small bar is drawn, on its own scale, and the caption says why
        Assert.Equal(2, chart.ShownCount);
        Assert.Contains("own scale", svg);
        Assert.Contains("bars under 1/50 of the largest have their own panel and scale", chart.Caption);
    }

    [Fact]
    public void Build_SourcesLongAttribution_IsWrappedNeverCut()
    {
        // Given a row label far wider than the label column
        var figure = Make("L", Metric.Population, 3_000_000, "2019-01-28", publisher: "The New Arab", published: "2019-01-28") with
        {
            AttributedTo = "activists and humanitarian workers in the northern countryside",
        };
        // When
        var svg = Svg(Build(ChartKind.Sources, [figure, Make("M", Metric.Population, 2_900_000, "2019-02-01")], width: 240, height: 200));
        // Then every word is there and nothing is ellipsized
        foreach (var word in new[] { "activists", "humanitarian", "workers", "northern", "countryside" }) Assert.Contains(word, svg);
        Assert.DoesNotContain("…", svg);
    }

    [Fact]
    public void Build_SmallChartOfTheDataset_CountsOnlyWhatIsShownAndNamesTheRestInWords()
    {
        // Given
        var figures = Dataset();
        // When
        var chart = Build(ChartKind.Timeline, figures, 240, 200);
        // Then
        Assert.True(chart.ShownCount < figures.Count);
        Assert.Contains($"Shown: {chart.ShownCount} of {figures.Count} selected figures.", chart.Caption);
        var note = Assert.Single(chart.Footnotes);
        Assert.Contains($"{figures.Count - chart.ShownCount} figures (", note);
        Assert.Contains("localities attacked", note);
    }

    [Fact]
    public void Build_Projection_TheLegendExplainsHollowMarks()
    {
        // Given / When
        var svg = Svg(Build(ChartKind.Timeline, Small()));
        // Then
        Assert.Contains("projection (hollow)", svg);
        Assert.Contains("range a source gave", svg);
    }

    [Fact]
    public void Build_BarsHighest_NamesTheReportsThatAreNotBars()
    {
        // Given two reports of displacement
        IReadOnlyList<Figure> figures = [Make("A", Metric.Displaced, 38_500, "2018-09-12"), Make("B", Metric.Displaced, 1_000_000, "2019-08-31", publisher: "Reuters")];
        // When
        var chart = Build(ChartKind.Bars, figures);
        // Then
        Assert.Equal(1, chart.ShownCount);
        var note = Assert.Single(chart.Footnotes);
        Assert.Contains("Newly displaced: 38,500 people (UN, via The New Arab, 12 September 2018)", note);
    }

    public static TheoryData<ChartKind, int, int, string> Layouts()
    {
        var data = new TheoryData<ChartKind, int, int, string>();
        foreach (var kind in new[] { ChartKind.Timeline, ChartKind.Sources, ChartKind.Bars })
        {
            foreach (var (w, h) in new[] { (240, 200), (480, 300), (480, 680) })
            {
                data.Add(kind, w, h, "dataset");
                data.Add(kind, w, h, "synthetic");
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Build_AnyKindAndSize_TextAndPlotsStayInsideTheChartWithoutOverlapping(ChartKind kind, int width, int height, string source)
    {
        // Given
        IReadOnlyList<Figure> figures = source == "dataset" ? Dataset() : SyntheticFigures.Generate(1000).ToList();
        // When
        var chart = Build(kind, figures, width, height);
        // Then
        var boxes = chart.TextBoxes.Select(t => (Name: "text '" + t.Text + "'", t.Box)).Concat(chart.PlotBoxes.Select((b, i) => (Name: $"plot {i}", Box: b))).ToList();
        var page = SKRectOf(width, height);
        foreach (var (name, box) in boxes) Assert.True(page.Contains(Shrunk(box)), $"{name} {box} leaves the {width}×{height} chart");
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
                Assert.False(Shrunk(boxes[i].Box).IntersectsWith(Shrunk(boxes[j].Box)), $"{boxes[i].Name} overlaps {boxes[j].Name}");
        }
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{chart.ShownCount:#,0}"), chart.Caption);
    }

    private static SkiaSharp.SKRect SKRectOf(int width, int height) => SkiaSharp.SKRect.Create(0, 0, width, height);

    // Boxes that only touch do not overlap.
    private static SkiaSharp.SKRect Shrunk(SkiaSharp.SKRect box) => SkiaSharp.SKRect.Inflate(box, -0.01f, -0.01f);
}
