using Figures.Core.Text;

namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>Regressions found by the property tests: quotes whose numbers crashed the number finder.</summary>
public sealed class NumberFinderRobustnessTests
{
    [Theory]
    [InlineData("about 1.8٣٨ million people")]
    [InlineData("some ٣٨٫٥٠٠ people")]
    [InlineData("over 100,000,000,000,000,000,000,000,000,000 people")]
    [InlineData("79228162514264337593543950335 billion people")]
    [InlineData("hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred")]
    public void Find_DigitsOutsideAsciiOrPastDecimalRange_DoesNotThrow(string quote)
    {
        // When
        var mentions = NumberFinder.Find(quote);

        // Then
        Assert.All(mentions, m => Assert.True(m.Value >= 0));
    }

    [Fact]
    public void Find_ArabicIndicDigitsNextToAsciiDigits_ReadsOnlyTheAsciiDigits()
    {
        // When
        var mentions = NumberFinder.Find("about 1.8٣٨ million people");

        // Then
        Assert.Equal(1.8m, Assert.Single(mentions).Value);
    }
}
