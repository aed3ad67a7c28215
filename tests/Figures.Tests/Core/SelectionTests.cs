using Figures.Core.Model;
using Figures.Core.Query;
using Figures.Tests.CrossCutting.Hardening;

namespace Figures.Tests.Core;

public sealed class SelectionTests
{
    private static Figure Reported(string id, decimal value, DateOnly? end, decimal? max = null, Metric metric = Metric.Displaced) =>
        TestFigures.Displaced() with { Id = id, Value = value, ValueMax = max, PeriodStart = null, PeriodEnd = end, Metric = metric };

    [Fact]
    public void Highest_RangeCountsByItsTop_AndTiesGoToTheLaterThenTheSmallerId()
    {
        // Given: a range whose top beats every single value, then two equal values on different dates, then an id tie
        var range = Reported("C", 100, new DateOnly(2018, 1, 1), max: 900);
        var earlier = Reported("A", 500, new DateOnly(2018, 1, 1));
        var later = Reported("B", 500, new DateOnly(2019, 1, 1));
        var sameAsLater = Reported("A2", 500, new DateOnly(2019, 1, 1));

        // When / Then
        Assert.Same(range, Selection.Highest([earlier, later, range]));
        Assert.Same(later, Selection.Highest([earlier, later]));
        Assert.Same(sameAsLater, Selection.Highest([later, sameAsLater]));
    }

    [Fact]
    public void Latest_NewestDateFirst_UndatedLast_ThenTheHigher()
    {
        // Given
        var undated = Reported("U", 9_000_000, null);
        var old = Reported("O", 10, new DateOnly(2018, 1, 1));
        var newLow = Reported("N1", 10, new DateOnly(2019, 6, 1));
        var newHigh = Reported("N2", 20, new DateOnly(2019, 6, 1));

        // When / Then
        Assert.Same(old, Selection.Latest([undated, old]));
        Assert.Same(newHigh, Selection.Latest([old, newLow, newHigh, undated]));
    }

    [Fact]
    public void MostReportedMetric_MostFigures_TieGoesToTheFirstMetric()
    {
        // Given
        var figures = new[]
        {
            Reported("1", 1, null, metric: Metric.Killed), Reported("2", 1, null, metric: Metric.Killed),
            Reported("3", 1, null, metric: Metric.Idps), Reported("4", 1, null, metric: Metric.Idps),
            Reported("5", 1, null, metric: Metric.Displaced),
        };

        // When / Then: Idps and Killed tie at two; Idps comes first in the metric order
        Assert.Equal(Metric.Idps, Selection.MostReportedMetric(figures));
        Assert.Equal(Metric.Killed, Selection.MostReportedMetric(figures.Where(f => f.Metric != Metric.Idps)));
    }
}
