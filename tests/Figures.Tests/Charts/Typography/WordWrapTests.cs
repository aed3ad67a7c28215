using Figures.Charts;
using FsCheck;
using FsCheck.Fluent;

namespace Figures.Tests.Charts.Typography;

public class WordWrapTests
{
    // One unit per character: easy to reason about, and the wrapper never sees a real font.
    private static float Monospace(string text) => text.Length;

    [Fact]
    public void Lines_BreaksAtSpaces_EachLineFits()
    {
        // When
        var lines = WordWrap.Lines("more than 38,500 people were displaced", 16, Monospace);
        // Then
        Assert.Equal(["more than 38,500", "people were", "displaced"], lines);
    }

    [Fact]
    public void Lines_WordWiderThanTheLine_IsCutBetweenCharacters()
    {
        // When
        var lines = WordWrap.Lines("in Abcdefghijklmnop town", 6, Monospace);
        // Then
        Assert.Equal(["in", "Abcdef", "ghijkl", "mnop", "town"], lines);
    }

    [Fact]
    public void Lines_NeverCutsInsideACombinedCharacter()
    {
        // Given: "e" + combining acute, and a surrogate pair, as single user-perceived characters
        var word = "e\u0301e\u0301e\u0301\U0001F600\U0001F600";
        // When
        var lines = WordWrap.Lines(word, 2, t => new System.Globalization.StringInfo(t).LengthInTextElements);
        // Then
        Assert.Equal(["e\u0301e\u0301", "e\u0301\U0001F600", "\U0001F600"], lines);
    }

    [Fact]
    public void Lines_KeepsExplicitLineBreaks()
    {
        Assert.Equal(["a b", "c"], WordWrap.Lines("a b\nc", 100, Monospace));
    }

    [Fact]
    public void Lines_LongWordWithoutSpaces_MeasuresEachCharacterOnce()
    {
        // Given: a 20,000-character place name (a quadratic wrapper measures ~10^8 characters)
        var word = new string('x', 20_000);
        long measured = 0;
        float Counting(string text) { measured += text.Length; return text.Length; }
        // When
        var lines = WordWrap.Lines(word, 50, Counting);
        // Then
        Assert.Equal(400, lines.Count);
        Assert.True(measured <= 3 * word.Length + 1, $"measured {measured} characters for a {word.Length}-character word");
    }

    [Fact]
    public void Lines_AnyText_LosesNoCharacterAndEveryLineFitsOrIsOneCharacter()
    {
        var gen = Gen.Elements("a", "bb", "ccc", " ", "  ", "dddddddddddd", "é", "\n").ArrayOf().Select(parts => string.Concat(parts));
        Prop.ForAll(gen.ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), (text, width) =>
        {
            var lines = WordWrap.Lines(text, width, Monospace);
            var kept = string.Concat(lines).Replace(" ", "");
            var original = text.Replace(" ", "").Replace("\n", "");
            return kept == original && lines.All(l => l.Length <= width || l.Length == 1);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Lines_FirstLineNarrower_LeavesRoomForARunInHeading()
    {
        // When: 5 units are taken by a run-in heading on the first line
        var lines = WordWrap.Lines("aaa bb cccc", 5, 8, Monospace);
        // Then
        Assert.Equal(["aaa", "bb cccc"], lines);
    }

    [Fact]
    public void Lines_FirstWordWiderThanTheRoomAfterTheHeading_StartsOnTheNextLine()
    {
        var lines = WordWrap.Lines("aaaaaa bb", 3, 10, Monospace);
        Assert.Equal(["", "aaaaaa bb"], lines);
    }
}
