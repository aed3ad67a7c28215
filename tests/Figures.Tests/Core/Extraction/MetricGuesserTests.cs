using Figures.Core.Extraction;
using Figures.Core.Model;

namespace Figures.Tests.Core.Extraction;

public sealed class MetricGuesserTests
{
    [Theory]
    [InlineData("the displacement of over 38,500 people", 38500, Metric.Displaced)]
    [InlineData("more than 5,000 people fled the town", 5000, Metric.Displaced)]
    [InlineData("forced around 1 million people from their homes", 1000000, Metric.Displaced)]
    [InlineData("some 20,000 people were uprooted", 20000, Metric.Displaced)]
    [InlineData("Idlib is home to 3 million people, of whom 1.8 million are displaced.", 1800000, Metric.Idps)]
    [InlineData("where displaced people already make up half the population", 50, Metric.Idps)]
    [InlineData("Idlib is home to 3 million people, of whom 1.8 million are displaced.", 3000000, Metric.Population)]
    [InlineData("Some three million people live in the zone now", 3000000, Metric.Population)]
    [InlineData("a population of 4,000 people", 4000, Metric.Population)]
    [InlineData("an offensive could displace 800,000 people", 800000, Metric.AtRisk)]
    [InlineData("risks forcing another 700,000 Syrians from their homes", 700000, Metric.AtRisk)]
    [InlineData("up to 280,000 more people could flee", 280000, Metric.AtRisk)]
    [InlineData("approximately 2.5 million people can try to flee", 2500000, Metric.AtRisk)]
    [InlineData("which has killed over a thousand civilians", 1000, Metric.Killed)]
    [InlineData("the deaths of 40 civilians", 40, Metric.Killed)]
    [InlineData("At least 14 opposition towns and villages have been bombed and shelled", 14, Metric.LocalitiesAttacked)]
    [InlineData("some 30,000 rebels hold the city", 30000, Metric.Combatants)]
    [InlineData("of which half are rebels", 50, Metric.Combatants)]
    public void Guess_SentenceTerms_GiveMetric(string sentence, decimal value, Metric expected)
    {
        // Given
        var quantities = QuantityFinder.Find(sentence);
        var quantity = quantities.Single(q => q.Value == value);

        // When
        var guess = MetricGuesser.Guess(sentence, quantity, quantities);

        // Then
        Assert.Equal(expected, guess?.Metric);
    }

    [Fact]
    public void Guess_NoMetricTerm_IsNull()
    {
        // Given a count of people that no metric term describes
        const string sentence = "Food assistance reached 1.2 million people across the north.";
        var quantities = QuantityFinder.Find(sentence);

        // When
        var guess = MetricGuesser.Guess(sentence, quantities[0], quantities);

        // Then
        Assert.Null(guess);
    }

    [Fact]
    public void Guess_TownsNotAttacked_IsNull()
    {
        // Given localities with no attack
        const string sentence = "Aid reached 12 villages this week.";
        var quantities = QuantityFinder.Find(sentence);

        // When
        var guess = MetricGuesser.Guess(sentence, quantities[0], quantities);

        // Then
        Assert.Null(guess);
    }
}
