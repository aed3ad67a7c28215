using Figures.Charts;

namespace Figures.Tests.Charts;

public class LabelPlacerTests
{
    private static readonly Box Bounds = new(0, 0, 400, 200);

    [Fact]
    public void Place_TwoMarksAtTheSameSpot_SecondLabelMovesAndNothingOverlaps()
    {
        // Given two marks close together
        var first = new Box(100, 100, 106, 106);
        var second = new Box(104, 100, 110, 106);
        var requests = new[] { new LabelRequest("~3M", first, 7.5), new LabelRequest(">38.5k", second, 7.5) };
        // When
        var placed = LabelPlacer.Place(requests, [first, second], Bounds);
        // Then
        Assert.All(placed, p => Assert.NotNull(p));
        Assert.False(placed[0]!.Box.Overlaps(placed[1]!.Box));
        Assert.False(placed[1]!.Box.Overlaps(first) || placed[1]!.Box.Overlaps(second));
    }

    [Fact]
    public void Place_NoRoomLeft_HidesTheLabel()
    {
        // Given a mark surrounded by other marks on every side
        var mark = new Box(100, 100, 106, 106);
        var wall = new Box(60, 60, 146, 146);
        // When
        var placed = LabelPlacer.Place([new LabelRequest("1.8M", mark, 7.5)], [wall], Bounds);
        // Then
        Assert.Null(placed[0]);
    }

    [Fact]
    public void Place_MarkAtTheTopEdge_LabelStaysInsideTheBounds()
    {
        // Given a mark touching the top of the plot
        var mark = new Box(200, 0, 206, 6);
        // When
        var placed = LabelPlacer.Place([new LabelRequest("~3M", mark, 7.5)], [mark], Bounds);
        // Then
        Assert.True(placed[0]!.Box.Inside(Bounds));
    }

    [Fact]
    public void Place_ManyCrowdedMarks_NoTwoPlacedLabelsOverlap()
    {
        // Given forty marks along a line, 3pt apart
        var marks = Enumerable.Range(0, 40).Select(i => new Box(10 + i * 3, 100, 16 + i * 3, 106)).ToList();
        var requests = marks.Select(m => new LabelRequest("~1.25M", m, 7.5)).ToList();
        // When
        var placed = LabelPlacer.Place(requests, marks, Bounds).Where(p => p is not null).Select(p => p!.Box).ToList();
        // Then
        Assert.NotEmpty(placed);
        for (var i = 0; i < placed.Count; i++)
            for (var j = i + 1; j < placed.Count; j++) Assert.False(placed[i].Overlaps(placed[j]));
    }
}
