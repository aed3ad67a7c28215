using Figures.Charts;

namespace Figures.Tests.Charts;

public class NiceScaleTests
{
    [Fact]
    public void Create_ZeroTo38500_TicksEveryTenThousand()
    {
        // Given an awkward maximum
        // When
        var scale = NiceScale.Create(0, 38_500);
        // Then
        Assert.Equal([0, 10_000, 20_000, 30_000, 40_000], scale.Ticks);
        Assert.Equal(40_000, scale.Max);
    }

    [Fact]
    public void Create_ZeroToThreeMillion_TicksEveryMillion()
    {
        // Given / When
        var scale = NiceScale.Create(0, 3_000_000);
        // Then
        Assert.Equal([0, 1_000_000, 2_000_000, 3_000_000], scale.Ticks);
    }

    [Fact]
    public void Create_OneValue_StartsAtZeroAndCoversIt()
    {
        // Given a single value
        // When
        var scale = NiceScale.Create(700_000, 700_000);
        // Then
        Assert.Equal(0, scale.Min);
        Assert.True(scale.Max >= 700_000);
        Assert.InRange(scale.Ticks.Count, 2, 6);
    }

    [Fact]
    public void Create_AllZeros_GivesAUsableAxis()
    {
        // Given / When
        var scale = NiceScale.Create(0, 0, wholeSteps: true);
        // Then
        Assert.Equal(0, scale.Min);
        Assert.Equal(1, scale.Max);
        Assert.Equal([0, 1], scale.Ticks);
    }

    [Fact]
    public void Create_SmallCountsWithWholeSteps_NeverStepsBelowOne()
    {
        // Given / When
        var scale = NiceScale.Create(0, 3, 6, wholeSteps: true);
        // Then
        Assert.All(scale.Ticks, t => Assert.Equal(Math.Round(t), t));
    }

    [Theory]
    [InlineData(0, 0.3)]
    [InlineData(-12, 47)]
    [InlineData(1_234, 98_765_432)]
    public void Create_AnyRange_TicksAreEvenlySpacedAndCoverTheData(double min, double max)
    {
        // Given / When
        var scale = NiceScale.Create(min, max, 6);
        // Then
        Assert.True(scale.Min <= Math.Min(0, min) && scale.Max >= max);
        Assert.True(scale.Ticks.Count <= 6);
        for (var i = 1; i < scale.Ticks.Count; i++) Assert.Equal(scale.Step, scale.Ticks[i] - scale.Ticks[i - 1], 6);
    }
}
