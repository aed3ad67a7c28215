using Figures.Core.Extraction;
using Figures.Core.Model;

namespace Figures.Tests.Core.Extraction;

public sealed class QuantityFinderTests
{
    [Theory]
    [InlineData("the displacement of over 38,500 people", 38500)]
    [InlineData("more than 30,542 people fled", 30542)]
    [InlineData("some 38.500 people fled", 38500)]
    [InlineData("1.250.000 people live in the area", 1250000)]
    [InlineData("1.8 million are displaced", 1800000)]
    [InlineData("Some three million people live in the zone", 3000000)]
    [InlineData("more than half a million people to or within Idlib", 500000)]
    [InlineData("killed over a thousand civilians", 1000)]
    [InlineData("the some 3 million civilians living in Idlib", 3000000)]
    [InlineData("three quarters of a million people are living in camps", 750000)]
    public void Find_NumberPhrase_ReadsValue(string sentence, decimal expected)
    {
        // Given a sentence stating one count

        // When
        var found = QuantityFinder.Find(sentence);

        // Then
        var quantity = Assert.Single(found);
        Assert.Equal(expected, quantity.Value);
        Assert.Null(quantity.ValueMax);
    }

    [Theory]
    [InlineData("about half of them already displaced", 50)]
    [InlineData("displaced people already make up half the population", 50)]
    [InlineData("76 percent of the displaced live in tents", 76)]
    [InlineData("76% of the displaced live in tents", 76)]
    [InlineData("half are rebels", 50)]
    public void Find_Proportion_IsPercent(string sentence, decimal expected)
    {
        // Given a share of people

        // When
        var quantity = Assert.Single(QuantityFinder.Find(sentence));

        // Then
        Assert.Equal(Unit.Percent, quantity.Unit);
        Assert.Equal(expected, quantity.Value);
    }

    [Theory]
    [InlineData("from 250,000 to over 700,000 people could flee", 250000, 700000)]
    [InlineData("Between 250,000 and 300,000 people have fled", 250000, 300000)]
    [InlineData("a further two to three hundred thousand people could be forced to flee", 200000, 300000)]
    [InlineData("three to four million people live there", 3000000, 4000000)]
    [InlineData("Between 30 and 40 percent of the residents have fled", 30, 40)]
    public void Find_Range_GivesValueAndValueMax(string sentence, decimal low, decimal high)
    {
        // Given a range

        // When
        var quantity = Assert.Single(QuantityFinder.Find(sentence));

        // Then
        Assert.Equal(low, quantity.Value);
        Assert.Equal(high, quantity.ValueMax);
    }

    [Theory]
    [InlineData("Tens of thousands of people have fled.")]
    [InlineData("Thousands fled the town.")]
    [InlineData("Millions of civilians are in the crosshairs.")]
    [InlineData("Hundreds of families sleep in the open.")]
    [InlineData("Dozens of homes were destroyed.")]
    public void Find_VagueAmount_IsNoQuantityButAVagueMention(string sentence)
    {
        // Given a vague amount

        // When
        var quantities = QuantityFinder.Find(sentence);
        var vague = VagueFinder.Find(sentence);

        // Then
        Assert.Empty(quantities);
        Assert.Single(vague);
    }

    [Fact]
    public void Find_TwoCountsInOneSentence_FindsBoth()
    {
        // Given
        const string sentence = "Idlib and surrounding areas outside government control are home to 3 million people, of whom 1.8 million are displaced.";

        // When
        var found = QuantityFinder.Find(sentence);

        // Then
        Assert.Equal([3000000m, 1800000m], found.Select(q => q.Value));
    }

    [Fact]
    public void Find_ScaledDecimal_IsWrittenWithoutTrailingZeros()
    {
        // Given 1.8 × 1,000,000, which decimal arithmetic would keep as 1800000.0

        // When
        var quantity = Assert.Single(QuantityFinder.Find("1.8 million are displaced"));

        // Then
        Assert.Equal("1800000", quantity.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
