using Figures.Core.Text;

namespace Figures.Tests.Core;

public sealed class NumberFinderTests
{
    [Theory]
    [InlineData("the displacement of over 38,500 people", 38500, false)]
    [InlineData("home to 3 million people", 3000000, false)]
    [InlineData("of whom 1.8 million are displaced", 1800000, false)]
    [InlineData("Some three million people live in the zone", 3000000, false)]
    [InlineData("more than half a million people", 500000, false)]
    [InlineData("killed over a thousand civilians", 1000, false)]
    [InlineData("about half of them already displaced", 50, true)]
    [InlineData("76 percent of households", 76, true)]
    [InlineData("76% of households", 76, true)]
    [InlineData("two hundred and fifty families", 250, false)]
    [InlineData("twenty-five villages", 25, false)]
    [InlineData("approximately 2.5 million people", 2500000, false)]
    [InlineData("38.500 personas", 38500, false)]
    public void Find_StatedNumber_IsFound(string text, double value, bool percent)
    {
        var found = NumberFinder.Find(text);
        Assert.Contains(found, m => m.Value == (decimal)value && m.IsPercent == percent);
    }

    [Fact]
    public void Find_TwoNumbersInOneSentence_FindsBothInOrder()
    {
        var found = NumberFinder.Find("home to 3 million people, of whom 1.8 million are displaced");
        Assert.Equal([3000000m, 1800000m], found.Select(m => m.Value));
    }

    [Fact]
    public void Find_PhrasePosition_CoversTheWholePhrase()
    {
        const string text = "some 3 million civilians";
        var mention = Assert.Single(NumberFinder.Find(text));
        Assert.Equal("3 million", text.Substring(mention.Start, mention.Length));
    }

    [Fact]
    public void Find_DurationWord_IsNotAMultiplier()
    {
        var found = NumberFinder.Find("a five-month assault");
        Assert.DoesNotContain(found, m => m.Value == 5m);
    }
}
