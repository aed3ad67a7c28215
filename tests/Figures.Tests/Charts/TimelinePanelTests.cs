using Figures.Charts;
using Figures.Core.Model;
using static Figures.Tests.Charts.ChartFixtures;

namespace Figures.Tests.Charts;

public class TimelinePanelTests
{
    [Fact]
    public void ByValue_TiesRangesAndFractions_OrdersLikeLargestValueThenId()
    {
        // Given values with many ties, ranges, fractions that differ past a double's precision, and repeated ids
        var random = new Random(11);
        var figures = Enumerable.Range(0, 3_000).Select(i => Make(
            $"T-{random.Next(2_000):0000}",
            Metric.Idps,
            random.Next(4) switch
            {
                0 => random.Next(1, 50) * 1_000m,
                1 => 0.1000000000000000000000000001m * random.Next(1, 4),
                2 => 12345678901234567.89m + random.Next(3) * 0.01m,
                _ => random.Next(1, 100) + random.Next(100) / 100m,
            },
            "2019-01-01",
            max: random.Next(5) == 0 ? random.Next(1, 60) * 1_000m : null)).ToList();
        // When
        var ordered = new TimelinePanel(Unit.People, figures).ByValue;
        // Then (a stable sort keeps equal ids in selection order)
        var expected = figures.OrderByDescending(f => f.ValueMax ?? f.Value).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, ordered);
    }
}
