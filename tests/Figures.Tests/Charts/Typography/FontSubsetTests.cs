using Figures.Charts;

namespace Figures.Tests.Charts.Typography;

public class FontSubsetTests
{
    [Fact]
    public void Subset_KeepsTheTextsCharactersAndLatin_DropsTheRest()
    {
        // Given
        var fonts = FontResolver.Resolve();
        var original = fonts.Regular.Typeface;
        Assert.NotEqual(0, original.GetGlyphs("Ж")[0]);

        // When
        var subset = fonts.Subset(["Ωmega 38,500"]);

        // Then
        var kept = subset.Regular.Typeface;
        Assert.NotSame(original, kept);
        Assert.DoesNotContain((ushort)0, kept.GetGlyphs("Ω More than 38,500 – “about” ≥14 ~3M · é"));
        Assert.Equal(0, kept.GetGlyphs("Ж")[0]);
        Assert.True(kept.GlyphCount < original.GlyphCount / 5, $"{kept.GlyphCount} of {original.GlyphCount} glyphs kept");
    }

    [Fact]
    public void Subset_KeepsTheAdvanceWidths()
    {
        // Given
        var fonts = FontResolver.Resolve();
        var subset = fonts.Subset([]);
        using var whole = fonts.Regular.Font(9);
        using var cut = subset.Regular.Font(9);

        // Then: a line measures the same, so a layout made with either is the same
        const string line = "Between 1 and 12 September 2018, more than 38,500 people were displaced";
        Assert.Equal(TextShaper.Width(line, whole), TextShaper.Width(line, cut), 3);
    }
}
