using Figures.Core.Extraction;

namespace Figures.Tests.Core.Extraction;

public sealed class NotFiguresTests
{
    [Theory]
    [InlineData("14 September, 2018")]
    [InlineData("Between 1-12 September, fighting escalated.")]
    [InlineData("They met in Sochi on May 17, 2018.")]
    [InlineData("The 1998 agreement between Damascus and Ankara was revived.")]
    [InlineData("The convoy left at 10:30 and arrived at 5 pm.")]
    [InlineData("Umm Khaled, 43, travelled for nine hours.")]
    [InlineData("Children aged 5 to 12 were enrolled.")]
    [InlineData("2 min read")]
    [InlineData("So it seems Idlib ops (divided into 3 stages) has been moved.")]
    [InlineData("The final touches for the first stage will be completed.")]
    [InlineData("The brutal seven-year war displaced many.")]
    [InlineData("following a five-month assault on the area")]
    [InlineData("more than 38,500 people displaced in less than two weeks")]
    [InlineData("From $1 for the first month")]
    [InlineData("The appeal of $500 million is only 30 per cent funded.")]
    [InlineData("one Idlib resident told The New Arab")]
    [InlineData("two of Syria's most important pre-war roads")]
    [InlineData("the 3rd brigade moved 5km north")]
    [InlineData("the first half of 2019")]
    [InlineData("81 percent of them women and children")]
    public void Find_NotAFigure_FindsNoCount(string sentence)
    {
        // Given a number that is a date, time, age, duration, stage, price or furniture

        // When
        var found = QuantityFinder.Find(sentence).Where(q => q.Value != 38500m);

        // Then
        Assert.Empty(found);
    }
}
