using Figures.Charts;
using Figures.Core.Diagnostics;
using Figures.Core.Model;
using static Figures.Tests.Charts.ChartFixtures;

namespace Figures.Tests.Charts;

public class ChartBuilderTests
{
    private static IEnumerable<string> Texts(ChartLayout layout) => layout.Items.OfType<TextItem>().Select(t => t.Text);

    [Theory]
    [InlineData(ChartKind.Timeline)]
    [InlineData(ChartKind.Sources)]
    [InlineData(ChartKind.Bars)]
    public void Layout_EmptySelection_ThrowsInvalidData(ChartKind kind)
    {
        // Given / When
        var error = Assert.Throws<FiguresException>(() => ChartBuilder.Layout(new ChartRequest { Kind = kind, Figures = [] }));
        // Then
        Assert.Equal(ExitCode.InvalidData, error.ExitCode);
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Layout_TimelineWithUndatedFigure_ListsItInAFootnote()
    {
        // Given T-6 has no date
        // When
        var layout = ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Timeline, Figures = Small() });
        // Then
        Assert.Contains(layout.Footnotes, n => n.StartsWith("Not placed on the time axis", StringComparison.Ordinal) && n.Contains("T-6 (IDPs, 1.8M)"));
    }

    [Fact]
    public void Layout_TimelineOnlyUndated_ThrowsInvalidDataSuggestingAnotherKind()
    {
        // Given / When
        var error = Assert.Throws<FiguresException>(() => ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Timeline, Figures = [Make("U-1", Metric.Idps, 5)] }));
        // Then
        Assert.Equal(ExitCode.InvalidData, error.ExitCode);
        Assert.Contains("--kind sources", error.Message);
    }

    [Fact]
    public void Layout_TimelineQualifiers_AreVisibleOnTheMarks()
    {
        // Given / When
        var texts = Texts(ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Timeline, Figures = Small() })).ToList();
        // Then
        Assert.Contains(">38.5k", texts);
        Assert.Contains("~3M", texts);
        Assert.Contains("~1M*", texts);
        Assert.Contains("700k–900k", texts);
    }

    [Fact]
    public void Layout_TimelinePercentAndPeople_PercentGetsItsOwnPanel()
    {
        // Given people counts and a percentage
        // When
        var layout = ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Timeline, Figures = Small(), Height = 340 });
        var texts = Texts(layout).ToList();
        // Then: a separate 0–100% axis, and the percentage never on the people axis
        Assert.Contains("Percent (a share, not a count)", texts);
        Assert.Contains("100%", texts);
        Assert.Contains("50%", texts);
    }

    [Fact]
    public void Layout_TimelineFlowWithoutStart_IsStarredInAFootnote()
    {
        // Given / When
        var layout = ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Timeline, Figures = Small() });
        // Then
        Assert.Contains(layout.Footnotes, n => n.StartsWith("* Start of period not stated", StringComparison.Ordinal) && n.Contains("T-3"));
    }

    [Fact]
    public void Layout_TimelineProjection_IsAHollowMarker()
    {
        // Given / When
        var layout = ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Timeline, Figures = [Make("P-1", Metric.AtRisk, 700_000, "2019-01-28")] });
        // Then
        Assert.Contains(layout.Items.OfType<CircleItem>(), c => c.Fill == ChartTheme.Paper && c.Stroke == Palette.Of(Metric.AtRisk));
    }

    [Fact]
    public void Layout_AnyKind_NoTwoTextsOverlapAndAllFitTheChart()
    {
        // Given the chart kinds over a crowded selection
        var crowded = Enumerable.Range(0, 40)
            .Select(i => Make($"C-{i}", (Metric)(i % 3), 1_000_000 + i * 10_000, $"2019-01-{1 + i % 28:00}"))
            .Concat(Small()).ToList();
        foreach (var kind in Enum.GetValues<ChartKind>())
        {
            // When
            var layout = ChartBuilder.Layout(new ChartRequest { Kind = kind, Figures = crowded });
            var boxes = layout.Items.OfType<TextItem>().Where(t => t.Text.Length > 0)
                .Select(t => Box.OfText(t.Text, t.X, t.Y, t.Size, t.Anchor, t.Weight)).ToList();
            // Then
            Assert.All(boxes, b => Assert.True(b.Inside(new Box(0, 0, layout.Width, layout.Height)), $"{kind}: text outside the chart"));
            for (var i = 0; i < boxes.Count; i++)
                for (var j = i + 1; j < boxes.Count; j++) Assert.False(boxes[i].Overlaps(boxes[j]), $"{kind}: texts {i} and {j} overlap");
        }
    }

    [Fact]
    public void Layout_TextSizes_AreAtLeastSevenPoints()
    {
        // Given / When
        var layout = ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Timeline, Figures = Small() });
        // Then
        Assert.All(layout.Items.OfType<TextItem>(), t => Assert.True(t.Size >= 7));
    }

    [Fact]
    public void Layout_Sources_SaysWhenPublisherAndDateAreNotStated()
    {
        // Given
        var figures = new[] { Make("S-1", Metric.Population, 3_000_000, published: "2018-09-14"), Make("S-2", Metric.Population, 2_500_000, publisher: "", max: 3_100_000) };
        // When
        var texts = Texts(ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Sources, Figures = figures })).ToList();
        // Then
        Assert.Contains("The New Arab, 14 September 2018", texts);
        Assert.Contains("publisher not stated, date not stated", texts);
        Assert.Contains("2.5M–3.1M", texts);
    }

    [Fact]
    public void Layout_Bars_AxisSaysHighestNotASum()
    {
        // Given two sources reporting the same stock
        var figures = new[] { Make("B-1", Metric.Population, 3_000_000), Make("B-2", Metric.Population, 2_000_000) };
        // When
        var layout = ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Bars, Figures = figures });
        var texts = Texts(layout).ToList();
        // Then: the bar is the highest report, never 5M
        Assert.Contains(texts, t => t.Contains("not a sum", StringComparison.Ordinal));
        Assert.Contains("3M", texts);
        Assert.DoesNotContain("5M", texts);
    }

    [Fact]
    public void Layout_BarsByYearWithGroupsCutForRoom_LegendNamesOnlyWhatIsDrawn()
    {
        // Given: ten years of displacement, and one killed figure in the last year, in a chart too short for all years
        var figures = Enumerable.Range(2010, 10).Select(year => Make($"D-{year}", Metric.Displaced, 1_000 * (year - 2000), $"{year}-06-01", $"{year}-05-01"))
            .Append(Make("K-1", Metric.Killed, 120, "2019-07-01", "2019-06-01")).ToList();

        // When
        var layout = ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Bars, Grouping = BarGrouping.Year, Figures = figures, Height = 240 });
        var texts = Texts(layout).ToList();

        // Then: the killed bar did not fit, so neither its bar label nor a legend entry names it; the footnote does
        Assert.Contains(texts, t => t.StartsWith("Not shown, no room", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("K-1", StringComparison.Ordinal));
        Assert.DoesNotContain(Figures.Charts.ChartWording.MetricTitle(Metric.Killed), texts);
        Assert.Contains(Figures.Charts.ChartWording.MetricTitle(Metric.Displaced), texts);
    }

    [Fact]
    public void Layout_TenThousandFigures_MergesOverlappingMarksAndSummarisesNotes()
    {
        // Given
        var figures = Enumerable.Range(0, 10_000).Select(i => Make($"X-{i}", Metric.Idps, 1_000 + i % 50 * 1_000, $"2019-{1 + i % 12:00}-01")).ToList();
        // When
        var layout = ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Timeline, Figures = figures });
        // Then
        Assert.True(layout.MarkCount <= 600);
        Assert.Contains(layout.Footnotes, n => n.Contains("more.", StringComparison.Ordinal));
    }

    [Fact]
    public void Layout_TinySize_IsAUsageError()
    {
        // Given / When
        var error = Assert.Throws<FiguresException>(() => ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Bars, Figures = Small(), Width = 20 }));
        // Then
        Assert.Equal(ExitCode.UsageOrUnreadable, error.ExitCode);
    }
}
