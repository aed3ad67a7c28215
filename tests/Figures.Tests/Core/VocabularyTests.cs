using Figures.Core.Model;

namespace Figures.Tests.Core;

public class VocabularyTests
{
    [Fact]
    public void Name_EveryMetricUnitAndQualifier_HasASpellingThatParsesBack()
    {
        // Given / When / Then: the spellings are kept in arrays indexed by the enums, so a new or reordered value shows here
        Assert.Equal(Enum.GetValues<Metric>().Length, Vocabulary.MetricSpellings.Count);
        Assert.Equal(Enum.GetValues<Unit>().Length, Vocabulary.UnitSpellings.Count);
        Assert.Equal(Enum.GetValues<Qualifier>().Length, Vocabulary.QualifierSpellings.Count);
        foreach (var metric in Enum.GetValues<Metric>())
        {
            Assert.True(Vocabulary.TryParseMetric(Vocabulary.Name(metric), out var parsed));
            Assert.Equal(metric, parsed);
        }
        foreach (var unit in Enum.GetValues<Unit>())
        {
            Assert.True(Vocabulary.TryParseUnit(Vocabulary.Name(unit), out var parsed));
            Assert.Equal(unit, parsed);
        }
        foreach (var qualifier in Enum.GetValues<Qualifier>())
        {
            Assert.True(Vocabulary.TryParseQualifier(Vocabulary.Name(qualifier), out var parsed));
            Assert.Equal(qualifier, parsed);
        }
        Assert.Equal("localities_attacked", Vocabulary.Name(Metric.LocalitiesAttacked));
        Assert.Equal("more_than", Vocabulary.Name(Qualifier.MoreThan));
    }

    [Theory]
    [InlineData("IDPs")]
    [InlineData("idps ")]
    [InlineData("")]
    public void TryParseMetric_NotTheExactSpelling_IsRejected(string text)
    {
        // Given / When
        var ok = Vocabulary.TryParseMetric(text, out var metric);
        // Then
        Assert.False(ok);
        Assert.Equal(default, metric);
    }
}
