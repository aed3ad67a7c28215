using Figures.Core.Extraction;

namespace Figures.Tests.Core.Extraction;

public sealed class ArticleHeaderTests
{
    [Theory]
    [InlineData("14 September, 2018", 2018, 9, 14)]
    [InlineData("28 January 2019", 2019, 1, 28)]
    [InlineData("September 12, 2019", 2019, 9, 12)]
    [InlineData("Thursday, 12 September 2019", 2019, 9, 12)]
    [InlineData("2019-09-12", 2019, 9, 12)]
    public void TryParseDateLine_DateOnItsOwn_Parses(string line, int year, int month, int day)
    {
        // Given / When
        var parsed = ArticleHeader.TryParseDateLine(line, out var date);

        // Then
        Assert.True(parsed);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("They met in Sochi on May 17, 2018.")]
    [InlineData("31 February, 2019")]
    [InlineData("2 min read")]
    public void TryParseDateLine_NotADateLine_IsFalse(string line)
    {
        // Given / When / Then
        Assert.False(ArticleHeader.TryParseDateLine(line, out _));
    }

    [Fact]
    public void Read_SeedLikeHead_TakesFirstLineAndDateLine()
    {
        // Given
        string[] head = ["Russia denies major offensive", "The Kremlin has announced...", "2 min read 14", "14 September, 2018", "Body."];

        // When
        var header = ArticleHeader.Read(head);

        // Then
        Assert.Equal(new ArticleHeader("Russia denies major offensive", new DateOnly(2018, 9, 14)), header);
    }
}
