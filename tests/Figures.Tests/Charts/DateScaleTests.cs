using Figures.Charts;

namespace Figures.Tests.Charts;

public class DateScaleTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Create_TwelveDays_TicksInDays()
    {
        // Given / When
        var scale = DateScale.Create(D("2018-09-01"), D("2018-09-12"), 420);
        // Then
        Assert.Equal(DateTickUnit.Day, scale.Unit);
        Assert.All(scale.Ticks, t => Assert.Matches(@"^\d{1,2} (Aug|Sep)$", t.Label));
        Assert.Equal("2018", scale.Ticks[0].YearLabel);
    }

    [Fact]
    public void Create_OneYear_TicksInMonthsWithYearAtJanuary()
    {
        // Given / When
        var scale = DateScale.Create(D("2018-09-01"), D("2019-08-31"), 420);
        // Then
        Assert.Equal(DateTickUnit.Month, scale.Unit);
        var january = Assert.Single(scale.Ticks, t => t.Date == D("2019-01-01"));
        Assert.Equal(("Jan", "2019"), (january.Label, january.YearLabel));
        Assert.Null(scale.Ticks.Single(t => t.Date == D("2018-11-01")).YearLabel);
    }

    [Fact]
    public void Create_ThreeYears_TicksInQuarters()
    {
        // Given / When
        var scale = DateScale.Create(D("2017-01-10"), D("2019-12-20"), 420);
        // Then
        Assert.Equal(DateTickUnit.Quarter, scale.Unit);
        Assert.All(scale.Ticks, t => Assert.Contains(t.Date.Month, new[] { 1, 4, 7, 10 }));
    }

    [Fact]
    public void Create_TwentyYears_TicksInYears()
    {
        // Given / When
        var scale = DateScale.Create(D("2001-03-01"), D("2021-06-30"), 420);
        // Then
        Assert.Equal(DateTickUnit.Year, scale.Unit);
        Assert.All(scale.Ticks, t => Assert.Equal((1, 1), (t.Date.Month, t.Date.Day)));
        Assert.True(scale.Ticks.Count <= 420 / 32 + 1);
    }

    [Fact]
    public void Create_OneDate_PadsAroundIt()
    {
        // Given / When
        var scale = DateScale.Create(D("2019-01-28"), D("2019-01-28"), 420);
        // Then
        Assert.True(scale.Start < D("2019-01-28") && scale.End > D("2019-01-28"));
        Assert.NotEmpty(scale.Ticks);
    }

    [Fact]
    public void Map_RealTime_EqualDaysGetEqualWidths()
    {
        // Given
        var scale = DateScale.Create(D("2018-01-01"), D("2018-12-31"), 400);
        // When
        var february = scale.Map(D("2018-03-01"), 0, 400) - scale.Map(D("2018-02-01"), 0, 400);
        var march = scale.Map(D("2018-04-01"), 0, 400) - scale.Map(D("2018-03-01"), 0, 400);
        // Then: February is 28 days, March 31
        Assert.Equal(28.0 / 31.0, february / march, 6);
    }
}
