using Figures.Core.Model;

namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>Valid figures built in code, for tests that start from a model rather than from CSV.</summary>
public static class TestFigures
{
    /// <summary>A valid displaced figure, as in <see cref="Support.Csv.ValidFields"/>.</summary>
    public static Figure Displaced() => new()
    {
        Id = "IDL-0001",
        Metric = Metric.Displaced,
        Value = 38500m,
        Unit = Unit.People,
        Qualifier = Qualifier.MoreThan,
        Location = "northwest Syria",
        CountryIso3 = "SYR",
        PeriodStart = new DateOnly(2018, 9, 1),
        PeriodEnd = new DateOnly(2018, 9, 12),
        AttributedTo = "UN OCHA",
        Publisher = "The New Arab",
        Title = "A title",
        Published = new DateOnly(2018, 9, 14),
        SourceFile = "000_b7b03118b7443f3d.txt",
        Quote = "led to the displacement of over 38,500 people",
    };

    /// <summary>A plain exact figure of a metric in a unit, attributed and placed in Idlib.</summary>
    public static Figure Of(Metric metric, decimal value, Unit unit) => new()
    {
        Id = "T-1",
        Metric = metric,
        Value = value,
        Unit = unit,
        Qualifier = Qualifier.Exact,
        Location = "Idlib",
        Admin1 = "Idlib",
        SourceFile = "a.txt",
        AttributedTo = "UN OCHA",
        Quote = "the quote",
    };
}
