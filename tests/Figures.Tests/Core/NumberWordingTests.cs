using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Tests.Core;

public sealed class NumberWordingTests
{
    private static Figure Make(decimal value, Qualifier qualifier, Unit unit = Unit.People, decimal? max = null) => new()
    {
        Id = "T-1",
        Metric = Metric.Displaced,
        Value = value,
        ValueMax = max,
        Unit = unit,
        Qualifier = qualifier,
        Quote = "q",
    };

    [Theory]
    [InlineData(38500, Qualifier.MoreThan, Unit.People, "more than 38,500 people")]
    [InlineData(3000000, Qualifier.Approximately, Unit.People, "about 3 million people")]
    [InlineData(1800000, Qualifier.Exact, Unit.People, "1.8 million people")]
    [InlineData(1234567, Qualifier.Exact, Unit.People, "1,234,567 people")]
    [InlineData(14, Qualifier.AtLeast, Unit.Localities, "at least 14 localities")]
    [InlineData(50, Qualifier.Approximately, Unit.Percent, "about half")]
    [InlineData(76, Qualifier.Exact, Unit.Percent, "76%")]
    [InlineData(1, Qualifier.Exact, Unit.Households, "1 household")]
    [InlineData(700000, Qualifier.AtMost, Unit.People, "up to 700,000 people")]
    public void Describe_Figure_IsWordedForReading(double value, Qualifier qualifier, Unit unit, string expected)
    {
        Assert.Equal(expected, NumberWording.Describe(Make((decimal)value, qualifier, unit)));
    }

    [Fact]
    public void Describe_Range_SaysBetween()
    {
        Assert.Equal("between 250,000 and 700,000 people", NumberWording.Describe(Make(250000, Qualifier.Exact, max: 700000)));
    }

    [Theory]
    [InlineData(38500, Qualifier.MoreThan, ">38.5k")]
    [InlineData(3000000, Qualifier.Approximately, "~3M")]
    [InlineData(700000, Qualifier.Exact, "700k")]
    [InlineData(14, Qualifier.AtLeast, "≥14")]
    public void Compact_Figure_KeepsTheQualifierVisible(double value, Qualifier qualifier, string expected)
    {
        Assert.Equal(expected, NumberWording.Compact(Make((decimal)value, qualifier)));
    }

    [Fact]
    public void PeriodLead_SameMonth_ReadsLikeASituationReport()
    {
        var figure = Make(38500, Qualifier.MoreThan) with { PeriodStart = new DateOnly(2018, 9, 1), PeriodEnd = new DateOnly(2018, 9, 12) };
        Assert.Equal("Between 1 and 12 September 2018", PeriodWording.Lead(figure));
        Assert.Equal("1–12 September 2018", PeriodWording.Describe(figure));
    }
}
