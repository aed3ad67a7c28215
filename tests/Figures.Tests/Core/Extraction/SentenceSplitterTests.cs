using Figures.Core.Extraction;

namespace Figures.Tests.Core.Extraction;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_Paragraph_KeepsSentencesVerbatim()
    {
        // Given
        const string paragraph = "UN has already alarmed everyone. Nearly three million live in Idlib! Is it true? Yes.";

        // When
        var sentences = SentenceSplitter.Split(paragraph);

        // Then
        Assert.Equal(["UN has already alarmed everyone.", "Nearly three million live in Idlib!", "Is it true?", "Yes."], sentences);
    }

    [Theory]
    [InlineData("At the U.S. State Department, spokeswoman Heather Nauert spoke.")]
    [InlineData("Idlib is home to 1.8 million displaced people.")]
    [InlineData("Dr. Ahmad said 3,000 people fled.")]
    public void Split_AbbreviationOrDecimal_DoesNotEndSentence(string sentence)
    {
        // Given / When
        var sentences = SentenceSplitter.Split(sentence);

        // Then
        Assert.Equal([sentence], sentences);
    }

    [Fact]
    public void Split_QuoteEndingInFullStop_EndsAfterClosingQuote()
    {
        // Given
        const string paragraph = "He said: \"We left with nothing.\" Then 500 people fled.";

        // When
        var sentences = SentenceSplitter.Split(paragraph);

        // Then
        Assert.Equal(["He said: \"We left with nothing.\"", "Then 500 people fled."], sentences);
    }
}
