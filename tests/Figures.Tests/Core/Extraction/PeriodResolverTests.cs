using Figures.Core.Extraction;
using Figures.Core.Model;

namespace Figures.Tests.Core.Extraction;

public sealed class PeriodResolverTests
{
    private static readonly DateOnly Published = new(2018, 9, 14);

    [Theory]
    [InlineData("Between 1-12 September, 38,500 people were displaced", "2018-09-01", "2018-09-12")]
    [InlineData("from 1 to 29 December, 20,000 people fled", "2017-12-01", "2017-12-29")]
    [InlineData("From May to August 2019, 400,000 people fled", "2019-05-01", "2019-08-31")]
    [InlineData("from May to August, 400,000 people fled", "2018-05-01", "2018-08-31")]
    [InlineData("displacement of 500,000 people in the past six months", "2018-03-14", "2018-09-14")]
    [InlineData("20,000 people have fled since early December", "2017-12-01", "2018-09-14")]
    [InlineData("20,000 people have fled since mid-August", "2018-08-15", "2018-09-14")]
    [InlineData("5,000 people fled last week", "2018-09-03", "2018-09-09")]
    [InlineData("between 30 August and 2 September, 9,000 people fled", "2018-08-30", "2018-09-02")]
    public void Resolve_PeriodPhrase_ResolvesAgainstArticleDate(string sentence, string start, string end)
    {
        // Given an article published on Friday 14 September 2018

        // When
        var period = PeriodResolver.Resolve(sentence, Metric.Displaced, Published);

        // Then
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
    }

    [Fact]
    public void Resolve_RelativePhraseWithoutArticleDate_LeavesPeriodEmpty()
    {
        // Given an undated article

        // When
        var period = PeriodResolver.Resolve("500,000 people were displaced in the past six months", Metric.Displaced, null);

        // Then
        Assert.Equal(Period.None, period);
    }

    [Fact]
    public void Resolve_StockStatedNow_EndsOnArticleDate()
    {
        // Given
        const string sentence = "Some three million people live in the zone now.";

        // When
        var period = PeriodResolver.Resolve(sentence, Metric.Population, Published);

        // Then
        Assert.Null(period.Start);
        Assert.Equal(Published, period.End);
    }

    [Fact]
    public void Resolve_FlowInPastTenseWithoutPeriod_LeavesPeriodEmpty()
    {
        // Given a flow with no period words and no present perfect

        // When
        var period = PeriodResolver.Resolve("In the end 4,000 people fled.", Metric.Displaced, Published);

        // Then
        Assert.Equal(Period.None, period);
    }

    [Fact]
    public void Resolve_FlowInPresentPerfect_EndsOnArticleDate()
    {
        // Given
        const string sentence = "At least 14 towns have been bombed and shelled.";

        // When
        var period = PeriodResolver.Resolve(sentence, Metric.LocalitiesAttacked, Published);

        // Then
        Assert.Null(period.Start);
        Assert.Equal(Published, period.End);
    }
}
