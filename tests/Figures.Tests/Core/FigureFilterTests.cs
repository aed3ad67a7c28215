using Figures.Core.Model;
using Figures.Core.Query;
using Figures.Tests.Support;
using Figures.Core.Reading;

namespace Figures.Tests.Core;

public sealed class FigureFilterTests
{
    private static readonly IReadOnlyList<Figure> Dataset = FigureFileReader.ReadFile(Paths.Dataset).Figures;

    [Fact]
    public void Apply_Metric_KeepsOnlyThatMetric()
    {
        var kept = new FigureFilter { Metrics = [Metric.Displaced] }.Apply(Dataset);
        Assert.Equal(["IDL-0003", "IDL-0010", "IDL-0016"], kept.Select(f => f.Id));
    }

    [Fact]
    public void Apply_DateRange_KeepsOverlappingPeriodsAndDropsUndated()
    {
        var kept = new FigureFilter { From = new DateOnly(2018, 9, 10), To = new DateOnly(2018, 12, 31) }.Apply(Dataset);
        Assert.Equal(["IDL-0001", "IDL-0002", "IDL-0003"], kept.Select(f => f.Id));
    }

    [Fact]
    public void Apply_Admin1ByPcode_MatchesLikeName()
    {
        var byName = new FigureFilter { Admin1 = "idlib" }.Apply(Dataset);
        var byCode = new FigureFilter { Admin1 = "SY07" }.Apply(Dataset);
        Assert.Equal(byName, byCode);
        Assert.DoesNotContain(byName, f => f.Id == "IDL-0003");
    }

    [Fact]
    public void Apply_PublisherAndQualifier_Combine()
    {
        var kept = new FigureFilter { Publisher = "the new arab", Qualifier = Qualifier.MoreThan }.Apply(Dataset);
        Assert.Equal(["IDL-0003"], kept.Select(f => f.Id));
    }
}
