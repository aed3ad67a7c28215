using Figures.Core.Extraction;
using Figures.Core.Model;

namespace Figures.Tests.Core.Extraction;

public sealed class QualifierReaderTests
{
    [Theory]
    [InlineData("some 3 million", Qualifier.Approximately)]
    [InlineData("about 3 million", Qualifier.Approximately)]
    [InlineData("around 3 million", Qualifier.Approximately)]
    [InlineData("nearly 3 million", Qualifier.Approximately)]
    [InlineData("almost 3 million", Qualifier.Approximately)]
    [InlineData("an estimated 3 million", Qualifier.Approximately)]
    [InlineData("approximately 3 million", Qualifier.Approximately)]
    [InlineData("estimated 3 million", Qualifier.Approximately)]
    [InlineData("is estimated at 3 million", Qualifier.Approximately)]
    [InlineData("more than 3 million", Qualifier.MoreThan)]
    [InlineData("over 3 million", Qualifier.MoreThan)]
    [InlineData("at least 3 million", Qualifier.AtLeast)]
    [InlineData("up to 3 million", Qualifier.AtMost)]
    [InlineData("less than 3 million", Qualifier.LessThan)]
    [InlineData("fewer than 3 million", Qualifier.LessThan)]
    [InlineData("under 3 million", Qualifier.LessThan)]
    [InlineData("another 3 million", Qualifier.Exact)]
    [InlineData("3 million", Qualifier.Exact)]
    public void Read_PhraseBeforeNumber_MapsToVocabulary(string text, Qualifier expected)
    {
        // Given the text before the number "3"
        var start = text.IndexOf('3', StringComparison.Ordinal);

        // When
        var qualifier = QualifierReader.Read(text, start);

        // Then
        Assert.Equal(expected, qualifier);
    }

    [Fact]
    public void Read_QualifierBeforeAnother_StillApplies()
    {
        // Given
        const string text = "more than another 500 people";

        // When
        var qualifier = QualifierReader.Read(text, text.IndexOf('5', StringComparison.Ordinal));

        // Then
        Assert.Equal(Qualifier.MoreThan, qualifier);
    }
}
