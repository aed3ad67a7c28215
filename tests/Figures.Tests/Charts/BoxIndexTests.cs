using Figures.Charts;

namespace Figures.Tests.Charts;

public class BoxIndexTests
{
    [Fact]
    public void Hits_ThousandsOfSeededBoxes_AgreesWithCheckingEveryBox()
    {
        // Given marks packed as densely as a timeline of 10,000 figures, and label-sized queries over and past them
        var random = new Random(7);
        var marks = Enumerable.Range(0, 5_000).Select(_ => Square(random.NextDouble() * 460, random.NextDouble() * 200, 4)).ToList();
        var queries = Enumerable.Range(0, 2_000)
            .Select(_ => new Box(0, 0, 6 + random.NextDouble() * 30, 9))
            .Select(b => Shift(b, random.NextDouble() * 520 - 30, random.NextDouble() * 260 - 30))
            .ToList();
        using var index = new BoxIndex(marks);
        // When / Then
        foreach (var query in queries) Assert.Equal(marks.Any(query.Overlaps), index.Hits(query));
    }

    [Fact]
    public void Hits_BoxesFarApartAndNonFinite_AgreesWithCheckingEveryBox()
    {
        // Given boxes spread wider than any chart, one with an infinite side and one with a NaN side
        Box[] marks = [Square(0, 0, 4), Square(4_000_000, -3_000_000, 4), new(10, 10, double.PositiveInfinity, 12), new(double.NaN, 0, 5, 5)];
        Box[] queries = [Square(1, 1, 2), Square(4_000_001, -3_000_001, 2), Square(500, 11, 1), Square(500, 50, 1), new(-1, -1, double.PositiveInfinity, 0.5)];
        using var index = new BoxIndex(marks);
        // When / Then
        foreach (var query in queries) Assert.Equal(marks.Any(query.Overlaps), index.Hits(query));
    }

    [Fact]
    public void Hits_NoBoxes_IsFalse()
    {
        // Given / When
        using var index = new BoxIndex([]);
        // Then
        Assert.False(index.Hits(Square(0, 0, 10)));
    }

    private static Box Square(double x, double y, double half) => new(x - half, y - half, x + half, y + half);

    private static Box Shift(Box box, double x, double y) => new(box.Left + x, box.Top + y, box.Right + x, box.Bottom + y);
}
