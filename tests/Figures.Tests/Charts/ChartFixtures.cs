using Figures.Core.Model;

namespace Figures.Tests.Charts;

/// <summary>Small hand-made figures for chart tests.</summary>
internal static class ChartFixtures
{
    public static Figure Make(string id, Metric metric, decimal value, string? end = null, string? start = null,
        Qualifier qualifier = Qualifier.Exact, Unit unit = Unit.People, decimal? max = null, string publisher = "The New Arab", string? published = null) => new()
        {
            Id = id,
            Metric = metric,
            Value = value,
            ValueMax = max,
            Unit = unit,
            Qualifier = qualifier,
            Admin1 = "Idlib",
            PeriodStart = start is null ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            PeriodEnd = end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            Publisher = publisher,
            Published = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            AttributedTo = "UN",
            Quote = "quote",
        };

    /// <summary>A small fixed selection covering every mark style.</summary>
    public static IReadOnlyList<Figure> Small() =>
    [
        Make("T-1", Metric.Population, 3_000_000, "2018-09-14", qualifier: Qualifier.Approximately, published: "2018-09-14"),
        Make("T-2", Metric.Displaced, 38_500, "2018-09-12", "2018-09-01", Qualifier.MoreThan, published: "2018-09-14"),
        Make("T-3", Metric.Displaced, 1_000_000, "2019-08-31", qualifier: Qualifier.Approximately, publisher: ""),
        Make("T-4", Metric.AtRisk, 700_000, "2019-01-28", max: 900_000),
        Make("T-5", Metric.Idps, 50, "2018-09-14", unit: Unit.Percent),
        Make("T-6", Metric.Idps, 1_800_000),
    ];
}
