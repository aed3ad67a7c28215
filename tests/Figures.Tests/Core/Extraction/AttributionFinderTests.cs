using Figures.Core.Extraction;

namespace Figures.Tests.Core.Extraction;

public sealed class AttributionFinderTests
{
    [Theory]
    [InlineData("Some three million people live in the zone now, according to the UN.", "UN")]
    [InlineData("More than 5,000 people fled, according to OCHA.", "OCHA")]
    [InlineData("At least 14 towns have been shelled, according to Zamn al-Wasl.", "Zamn al-Wasl")]
    [InlineData("On Thursday, the UN said more than 38,500 people have been displaced.", "UN")]
    [InlineData("The offensive risks forcing another 700,000 Syrians from their homes, the United Nations said.", "United Nations")]
    [InlineData("It would hit the some 3 million civilians living in Idlib, activists and humanitarian workers have warned.", "activists and humanitarian workers")]
    [InlineData("\"Shelling has not stopped,\" Mohammad Rashid, spokesman for the Jaish al-Nasr, told Reuters.", "Mohammad Rashid")]
    [InlineData("A local official told Reuters that 2,000 families had fled.", "local official")]
    public void Find_NamedSource_IsAttributed(string sentence, string expected)
    {
        // Given a sentence naming its source

        // When
        var who = AttributionFinder.Find(sentence);

        // Then
        Assert.Equal(expected, who);
    }

    [Theory]
    [InlineData("Idlib and surrounding areas are home to 3 million people, of whom 1.8 million are displaced.")]
    [InlineData("It is estimated that approximately 2.5 million people can try to flee.")]
    [InlineData("He said 3,000 people had fled.")]
    public void Find_NoNamedSource_IsUnattributed(string sentence)
    {
        // Given / When
        var who = AttributionFinder.Find(sentence);

        // Then
        Assert.Equal(AttributionFinder.Unattributed, who);
    }
}
