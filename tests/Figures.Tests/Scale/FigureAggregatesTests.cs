using Figures.Core.Csv;
using Figures.Core.Model;
using Figures.Core.Query;
using Figures.Core.Synthetic;
using Figures.Tests.Support;

namespace Figures.Tests.Scale;

public sealed class FigureAggregatesTests
{
    [Fact]
    public void ByMetricAndYear_CommittedDataset_SummarisesDisplacedIn2018()
    {
        // Given
        var figures = FigureFileReader.ReadFile(Paths.Dataset).Figures;

        // When
        var rows = FigureAggregates.ByMetricAndYear(figures);

        // Then
        var displaced2018 = Assert.Single(rows, r => r.Metric == Metric.Displaced && r.Year == 2018);
        Assert.Equal((1, 38500m, 38500m, "IDL-0003"), (displaced2018.Count, displaced2018.Min, displaced2018.Max, displaced2018.Latest.Id));
        Assert.Contains(rows, r => r.Year is null);
        Assert.Equal(figures.Count, rows.Sum(r => r.Count));
    }

    [Fact]
    public void ByMetricAndYear_SyntheticFigures_MatchesAPlainGrouping()
    {
        var figures = SyntheticFigures.Generate(3_000).ToList();
        var rows = FigureAggregates.ByMetricAndYear(figures);
        foreach (var group in figures.GroupBy(f => (f.Metric, f.Unit, f.ReferenceDate?.Year)))
        {
            var row = Assert.Single(rows, r => (r.Metric, r.Unit, r.Year) == group.Key);
            Assert.Equal(group.Count(), row.Count);
            Assert.Equal(group.Sum(f => f.Value), row.Sum);
            Assert.Equal(group.Min(f => f.Value), row.Min);
            Assert.Equal(group.Max(f => f.ValueMax ?? f.Value), row.Max);
            Assert.Equal(group.Max(f => f.ReferenceDate), row.Latest.ReferenceDate);
        }
    }
}
