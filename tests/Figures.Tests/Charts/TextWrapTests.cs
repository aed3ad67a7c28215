using Figures.Charts;

namespace Figures.Tests.Charts;

public class TextWrapTests
{
    [Fact]
    public void WrapList_TooManyEntries_SummarisesTheRestWithACount()
    {
        // Given 200 entries and room for two lines
        var entries = Enumerable.Range(1, 200).Select(i => $"IDL-{i:0000} (IDPs, 50%)").ToList();
        // When
        var lines = TextWrap.WrapList("Not placed on the time axis:", entries, 300, 7, 2);
        // Then
        Assert.Equal(2, lines.Count);
        Assert.Matches(@"and \d+ more\.$", lines[^1]);
        Assert.All(lines, l => Assert.True(TextMetrics.Width(l, 7) <= 300));
        var shown = lines.Sum(l => l.Split("IDL-").Length - 1);
        var more = int.Parse(System.Text.RegularExpressions.Regex.Match(lines[^1], @"and (\d+) more").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(200, shown + more);
    }

    [Fact]
    public void WrapList_FewEntries_ListsThemAllEndingWithAFullStop()
    {
        // Given / When
        var lines = TextWrap.WrapList("Start not stated:", ["IDL-0015", "IDL-0016"], 400, 7, 3);
        // Then
        Assert.Equal(["Start not stated: IDL-0015, IDL-0016."], lines);
    }

    [Fact]
    public void Wrap_LongTitle_EllipsizesTheLastAllowedLine()
    {
        // Given / When
        var lines = TextWrap.Wrap(string.Join(' ', Enumerable.Repeat("displacement", 40)), 200, 11, 2, TextWeight.Bold);
        // Then
        Assert.Equal(2, lines.Count);
        Assert.EndsWith("…", lines[1]);
    }
}
