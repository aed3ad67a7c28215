using Figures.Core.Extraction;
using Figures.Core.Model;

namespace Figures.Tests.Core.Extraction;

public sealed class UnitReaderTests
{
    [Theory]
    [InlineData("some 3,100 families have arrived", Unit.Households)]
    [InlineData("fuel for 4,500 households", Unit.Households)]
    [InlineData("At least 14 opposition towns and villages in Hama", Unit.Localities)]
    [InlineData("shelling hit nine villages", Unit.Localities)]
    [InlineData("12 localities were shelled", Unit.Localities)]
    [InlineData("700,000 Syrians from their homes", Unit.People)]
    [InlineData("3 million civilians", Unit.People)]
    [InlineData("76 percent of the displaced", Unit.Percent)]
    public void Find_CountedNoun_GivesUnit(string sentence, Unit expected)
    {
        // Given a count and what it counts

        // When
        var quantity = Assert.Single(QuantityFinder.Find(sentence));

        // Then
        Assert.Equal(expected, quantity.Unit);
    }

    [Theory]
    [InlineData("1.8 million are displaced")]
    [InlineData("Nearly three million live in Idlib")]
    public void Read_LargeNumberBeforeVerb_IsPeople(string sentence)
    {
        // Given a large number with no noun but a verb after it
        var end = sentence.IndexOf("million", StringComparison.Ordinal) + "million".Length;

        // When
        var unit = UnitReader.Read(sentence, end, large: true);

        // Then
        Assert.Equal(Unit.People, unit?.Unit);
    }

    [Theory]
    [InlineData("3 stages")]
    [InlineData("two weeks")]
    [InlineData("5 kilometres")]
    public void Read_NounThatIsNotCounted_IsNull(string text)
    {
        // Given
        var end = text.IndexOf(' ', StringComparison.Ordinal);

        // When
        var unit = UnitReader.Read(text, end, large: false);

        // Then
        Assert.Null(unit);
    }
}
