using Figures.Core.Model;

namespace Figures.Benchmarks;

/// <summary>Deterministic synthetic figures (Random(42)) shaped like the real dataset: mixed metrics, qualifiers, periods, some undated.</summary>
public static class SyntheticFigures
{
    public static IReadOnlyList<Figure> Create(int count)
    {
        var random = new Random(42);
        var metrics = Enum.GetValues<Metric>();
        var qualifiers = Enum.GetValues<Qualifier>();
        var publishers = new[] { "The New Arab", "OCHA", "Reuters", "", "Enab Baladi" };
        var first = new DateOnly(2018, 1, 1).DayNumber;
        var figures = new Figure[count];
        for (var i = 0; i < count; i++)
        {
            var metric = metrics[random.Next(metrics.Length)];
            var percent = random.Next(10) == 0;
            var end = DateOnly.FromDayNumber(first + random.Next(5 * 365));
            var undated = random.Next(8) == 0;
            var flow = Vocabulary.KindOf(metric) == MetricKind.Flow;
            figures[i] = new Figure
            {
                Id = $"SYN-{i:00000}",
                Metric = metric,
                Value = percent ? random.Next(1, 100) : random.Next(1, 3_000) * 1_000m,
                ValueMax = random.Next(20) == 0 ? 3_100_000m : null,
                Unit = percent ? Unit.Percent : Unit.People,
                Qualifier = qualifiers[random.Next(qualifiers.Length)],
                Admin1 = "Idlib",
                PeriodStart = !undated && flow && random.Next(2) == 0 ? end.AddDays(-random.Next(1, 60)) : null,
                PeriodEnd = undated ? null : end,
                Publisher = publishers[random.Next(publishers.Length)],
                Quote = "synthetic",
            };
        }
        return figures;
    }
}
