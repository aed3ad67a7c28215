using System.Globalization;
using Figures.Core.Model;

namespace Figures.Cli.Synthetic;

/// <summary>
/// A seeded generator of realistic, valid figures for benchmarks and scale tests: long quotes with
/// commas and doubled quotes, empty optional fields, several units, a news-like mix of qualifiers,
/// stocks with as-of dates, flows with periods, some undated rows, and pairs of rows that name each
/// other in conflicts_with (2% of rows). The same seed gives the same rows.
/// Figures are produced lazily, so a million rows never sit in memory at once.
/// </summary>
public static class SyntheticFigures
{
    private static readonly (string Name, string Pcode)[] Governorates =
    [
        ("Damascus", "SY01"), ("Aleppo", "SY02"), ("Rural Damascus", "SY03"), ("Homs", "SY04"), ("Hama", "SY05"),
        ("Lattakia", "SY06"), ("Idlib", "SY07"), ("Al-Hasakeh", "SY08"), ("Deir-ez-Zor", "SY09"), ("Tartous", "SY10"),
        ("Ar-Raqqa", "SY11"), ("Dar'a", "SY12"), ("As-Sweida", "SY13"), ("Quneitra", "SY14"),
    ];

    private static readonly string[] Attributions =
        ["UN OCHA", "UN", "UNHCR", "activists and humanitarian workers", "local council", "unattributed", "unattributed", "Syrian Observatory for Human Rights"];

    private static readonly string[] Publishers = ["The New Arab", "Reuters", "Enab Baladi", "ReliefWeb", "", "Al Jazeera", "AFP"];

    private static readonly (Qualifier Qualifier, int Weight, string Words)[] Qualifiers =
    [
        (Qualifier.Exact, 40, ""), (Qualifier.Approximately, 30, "about "), (Qualifier.MoreThan, 18, "more than "),
        (Qualifier.AtLeast, 5, "at least "), (Qualifier.AtMost, 4, "up to "), (Qualifier.LessThan, 3, "less than "),
    ];

    private static readonly (Qualifier Qualifier, int Weight)[] QualifierWeights = Qualifiers.Select(q => (q.Qualifier, q.Weight)).ToArray();

    private static readonly (Metric Metric, int Weight)[] Metrics =
    [
        (Metric.Displaced, 35), (Metric.Idps, 20), (Metric.Population, 15), (Metric.AtRisk, 10),
        (Metric.Killed, 12), (Metric.LocalitiesAttacked, 5), (Metric.Combatants, 3),
    ];

    // The situation-report metrics (issue 20) take every 50th row, by its index rather than by a draw, so every other row,
    // and the random draws behind it, stay as they were before them: files generated earlier keep their contents.
    private static readonly Metric[] SituationReportMetrics = [Metric.Injured, Metric.InNeed, Metric.HealthAttacks, Metric.SchoolAttacks, Metric.ChildrenShare];

    /// <summary>Generates <paramref name="count"/> valid figures from <paramref name="seed"/>.</summary>
    public static IEnumerable<Figure> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var first = new DateOnly(2012, 1, 1).DayNumber;
        for (var i = 0; i < count; i++)
        {
            var figure = Next(random, i, first);
            yield return ConflictPartner(i, count) is { } partner ? figure with { ConflictsWith = Id(partner) } : figure;
        }
    }

    // Rows 0 and 1, 100 and 101, ... conflict with each other: the relation is symmetric, as validate requires.
    private static int? ConflictPartner(int index, int count) => (index % 100) switch
    {
        0 when index + 1 < count => index + 1,
        1 => index - 1,
        _ => null,
    };

    private static string Id(int index) => $"SYN-{index:0000000}";

    private static Figure Next(Random random, int index, int firstDay)
    {
        var metric = Pick(random, Metrics);
        var roll = random.Next(100);
        var unit = metric switch
        {
            Metric.LocalitiesAttacked => Unit.Localities,
            Metric.Combatants => Unit.Percent,
            _ when roll < 8 => Unit.Percent,
            _ when roll < 16 && metric is Metric.Displaced or Metric.Idps => Unit.Households,
            _ => Unit.People,
        };
        var qualifier = Pick(random, QualifierWeights);
        var value = unit switch
        {
            Unit.Percent => random.Next(2, 20) * 5m,
            Unit.Localities => random.Next(2, 120),
            _ => Round(Math.Pow(10, 1.5 + random.NextDouble() * 5)),
        };
        decimal? max = unit != Unit.Percent && random.Next(20) == 0 ? value * 2 : null;
        var place = Governorates[random.Next(Governorates.Length)];
        var several = random.Next(10) == 0;
        var end = DateOnly.FromDayNumber(firstDay + random.Next(12 * 365));
        var undated = random.Next(12) == 0;
        var flow = Vocabulary.KindOf(metric) == MetricKind.Flow;
        var start = flow && !undated ? end.AddDays(-random.Next(1, 180)) : (DateOnly?)null;
        var publisher = Publishers[random.Next(Publishers.Length)];
        var published = publisher.Length == 0 && random.Next(2) == 0 ? (DateOnly?)null : end.AddDays(random.Next(0, 10));
        if (index % 50 == 7) (metric, unit, value, max, start) = AsSituationReport(index, unit, value, max, start);
        var stated = Stated(value, unit);
        var range = max is { } top ? $"between {stated} and {Stated(top, unit)}" : Array.Find(Qualifiers, q => q.Qualifier == qualifier).Words + stated;
        return new Figure
        {
            Id = Id(index),
            Metric = metric,
            Value = value,
            ValueMax = max,
            Unit = unit,
            Qualifier = max is null ? qualifier : Qualifier.Exact,
            Location = several ? $"{place.Name} and neighbouring governorates" : $"{place.Name} governorate",
            Admin1 = several ? "" : place.Name,
            Admin1Pcode = several ? "" : place.Pcode,
            CountryIso3 = "SYR",
            PeriodStart = start,
            PeriodEnd = undated ? null : end,
            AttributedTo = Attributions[random.Next(Attributions.Length)],
            Publisher = publisher,
            Title = $"Fighting in {place.Name}, \"a crisis within a crisis\"",
            Published = published,
            Url = random.Next(2) == 0 ? "" : $"https://news.example.org/{end.Year}/{index}",
            SourceFile = $"{index % 5000:00000}_synthetic.txt",
            Quote = $"\"It is deteriorating,\" a spokesperson said: {range} {Noun(metric, unit)} in {place.Name}, according to field reports.",
            Notes = random.Next(3) == 0 ? "" : "Synthetic; \"as of\" date from the dateline.",
        };
    }

    // A row turned into one of the situation-report metrics, with a unit that fits it, and no random draw.
    private static (Metric, Unit, decimal, decimal?, DateOnly?) AsSituationReport(int index, Unit unit, decimal value, decimal? max, DateOnly? start)
    {
        var metric = SituationReportMetrics[index / 50 % SituationReportMetrics.Length];
        var fitting = metric switch
        {
            Metric.ChildrenShare => Unit.Percent,
            Metric.HealthAttacks or Metric.SchoolAttacks => index / 250 % 2 == 0 ? Unit.Facilities : Unit.Attacks,
            _ => unit == Unit.Localities ? Unit.People : unit,
        };
        if (fitting == Unit.Percent && unit != Unit.Percent) value = 5m * (2 + index % 18);
        else if (fitting is Unit.Facilities or Unit.Attacks) value = 2 + index % 118;
        max = fitting == Unit.Percent || max is null ? null : value * 2;
        return (metric, fitting, value, max, Vocabulary.KindOf(metric) == MetricKind.Flow ? start : null);
    }

    private static string Stated(decimal value, Unit unit) =>
        unit == Unit.Percent ? value.ToString("0", CultureInfo.InvariantCulture) + " percent" : value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Noun(Metric metric, Unit unit) => (metric, unit) switch
    {
        (_, Unit.Percent) => "of residents were affected",
        (_, Unit.Households) => "families were displaced",
        (_, Unit.Localities) => "towns and villages were shelled",
        (Metric.HealthAttacks, Unit.Facilities) => "health facilities were hit",
        (Metric.SchoolAttacks, Unit.Facilities) => "schools were hit",
        (Metric.HealthAttacks, _) => "attacks on health care were recorded",
        (_, Unit.Attacks) => "attacks on schools were recorded",
        (Metric.Injured, _) => "civilians were injured",
        (Metric.InNeed, _) => "people are in need",
        (Metric.Killed, _) => "civilians were killed",
        (Metric.AtRisk, _) => "people could be forced to flee",
        (Metric.Population, _) => "people live",
        _ => "people were displaced",
    };

    // Two significant digits, as reported figures usually are.
    private static decimal Round(double value)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)) - 1);
        return (decimal)(Math.Round(value / magnitude) * magnitude);
    }

    private static T Pick<T>(Random random, IReadOnlyList<(T Item, int Weight)> weighted)
    {
        var total = weighted.Sum(w => w.Weight);
        var roll = random.Next(total);
        foreach (var (item, weight) in weighted)
        {
            if (roll < weight) return item;
            roll -= weight;
        }
        return weighted[^1].Item;
    }

}
