using System.Collections.Frozen;

namespace Figures.Core.Model;

/// <summary>
/// The CSV spellings of the controlled vocabularies. Enums are parsed once at the boundary,
/// so everything past the reader works with typed values.
/// </summary>
public static class Vocabulary
{
    private static readonly FrozenDictionary<Metric, string> MetricNames = new Dictionary<Metric, string>
    {
        [Metric.Population] = "population",
        [Metric.Idps] = "idps",
        [Metric.Displaced] = "displaced",
        [Metric.AtRisk] = "at_risk",
        [Metric.Killed] = "killed",
        [Metric.LocalitiesAttacked] = "localities_attacked",
        [Metric.Combatants] = "combatants",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<Unit, string> UnitNames = new Dictionary<Unit, string>
    {
        [Unit.People] = "people",
        [Unit.Households] = "households",
        [Unit.Localities] = "localities",
        [Unit.Percent] = "percent",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<Qualifier, string> QualifierNames = new Dictionary<Qualifier, string>
    {
        [Qualifier.Exact] = "exact",
        [Qualifier.Approximately] = "approximately",
        [Qualifier.MoreThan] = "more_than",
        [Qualifier.LessThan] = "less_than",
        [Qualifier.AtLeast] = "at_least",
        [Qualifier.AtMost] = "at_most",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, Metric> MetricsByName = Invert(MetricNames);
    private static readonly FrozenDictionary<string, Unit> UnitsByName = Invert(UnitNames);
    private static readonly FrozenDictionary<string, Qualifier> QualifiersByName = Invert(QualifierNames);

    /// <summary>Every metric spelling, in declaration order.</summary>
    public static IReadOnlyList<string> MetricSpellings { get; } = Enum.GetValues<Metric>().Select(Name).ToArray();

    /// <summary>Every unit spelling, in declaration order.</summary>
    public static IReadOnlyList<string> UnitSpellings { get; } = Enum.GetValues<Unit>().Select(Name).ToArray();

    /// <summary>Every qualifier spelling, in declaration order.</summary>
    public static IReadOnlyList<string> QualifierSpellings { get; } = Enum.GetValues<Qualifier>().Select(Name).ToArray();

    /// <summary>The CSV spelling of a metric.</summary>
    public static string Name(Metric metric) => MetricNames[metric];

    /// <summary>The CSV spelling of a unit.</summary>
    public static string Name(Unit unit) => UnitNames[unit];

    /// <summary>The CSV spelling of a qualifier.</summary>
    public static string Name(Qualifier qualifier) => QualifierNames[qualifier];

    /// <summary>Parses a metric spelling exactly (case-sensitive, as the schema demands).</summary>
    public static bool TryParseMetric(string text, out Metric metric) => MetricsByName.TryGetValue(text, out metric);

    /// <summary>Parses a unit spelling exactly.</summary>
    public static bool TryParseUnit(string text, out Unit unit) => UnitsByName.TryGetValue(text, out unit);

    /// <summary>Parses a qualifier spelling exactly.</summary>
    public static bool TryParseQualifier(string text, out Qualifier qualifier) => QualifiersByName.TryGetValue(text, out qualifier);

    /// <summary>Whether the metric is a stock, a flow or a projection; this decides which period fields it needs.</summary>
    public static MetricKind KindOf(Metric metric) => metric switch
    {
        Metric.Displaced or Metric.Killed or Metric.LocalitiesAttacked => MetricKind.Flow,
        Metric.AtRisk => MetricKind.Projection,
        _ => MetricKind.Stock,
    };

    private static FrozenDictionary<string, T> Invert<T>(FrozenDictionary<T, string> names) where T : notnull =>
        names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
}
