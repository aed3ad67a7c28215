namespace Figures.Core.Model;

/// <summary>
/// The CSV spellings of the controlled vocabularies. Enums are parsed once at the boundary,
/// so everything past the reader works with typed values.
/// </summary>
public static class Vocabulary
{
    // Spellings indexed by the enum's value, in declaration order. Plain arrays, not dictionaries keyed by the
    // enums: every generic collection over an enum is code the JIT compiles at start-up, which a short command pays for.
    private static readonly string[] MetricNames = ["population", "idps", "displaced", "at_risk", "killed", "localities_attacked", "combatants",
        "injured", "in_need", "health_attacks", "school_attacks", "children_share"];
    private static readonly string[] UnitNames = ["people", "households", "localities", "percent", "facilities", "attacks"];
    private static readonly string[] QualifierNames = ["exact", "approximately", "more_than", "less_than", "at_least", "at_most"];

    /// <summary>Every metric spelling, in declaration order.</summary>
    public static IReadOnlyList<string> MetricSpellings { get; } = Array.AsReadOnly(MetricNames);

    /// <summary>Every unit spelling, in declaration order.</summary>
    public static IReadOnlyList<string> UnitSpellings { get; } = Array.AsReadOnly(UnitNames);

    /// <summary>Every qualifier spelling, in declaration order.</summary>
    public static IReadOnlyList<string> QualifierSpellings { get; } = Array.AsReadOnly(QualifierNames);

    /// <summary>The CSV spelling of a metric.</summary>
    public static string Name(Metric metric) => NameOf(MetricNames, (int)metric, nameof(metric));

    /// <summary>The CSV spelling of a unit.</summary>
    public static string Name(Unit unit) => NameOf(UnitNames, (int)unit, nameof(unit));

    /// <summary>The CSV spelling of a qualifier.</summary>
    public static string Name(Qualifier qualifier) => NameOf(QualifierNames, (int)qualifier, nameof(qualifier));

    /// <summary>Parses a metric spelling exactly (case-sensitive, as the schema demands).</summary>
    public static bool TryParseMetric(ReadOnlySpan<char> text, out Metric metric)
    {
        var index = IndexOf(MetricNames, text);
        metric = (Metric)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Parses a unit spelling exactly.</summary>
    public static bool TryParseUnit(ReadOnlySpan<char> text, out Unit unit)
    {
        var index = IndexOf(UnitNames, text);
        unit = (Unit)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Parses a qualifier spelling exactly.</summary>
    public static bool TryParseQualifier(ReadOnlySpan<char> text, out Qualifier qualifier)
    {
        var index = IndexOf(QualifierNames, text);
        qualifier = (Qualifier)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Whether the metric is a stock, a flow or a projection; this decides which period fields it needs.</summary>
    public static MetricKind KindOf(Metric metric) => metric switch
    {
        Metric.Displaced or Metric.Killed or Metric.LocalitiesAttacked or Metric.Injured or Metric.HealthAttacks or Metric.SchoolAttacks
            or Metric.ChildrenShare => MetricKind.Flow,
        Metric.AtRisk => MetricKind.Projection,
        _ => MetricKind.Stock,
    };

    /// <summary>
    /// The units a metric can be counted in, the first being the usual one: people (or households, or a share) for the
    /// metrics that count people, facilities or attacks for attacks on health care and schools, a percent for a share of children.
    /// </summary>
    public static IReadOnlyList<Unit> UnitsOf(Metric metric) => metric switch
    {
        Metric.LocalitiesAttacked => LocalityUnits,
        Metric.HealthAttacks or Metric.SchoolAttacks => AttackUnits,
        Metric.ChildrenShare => ShareUnits,
        _ => PeopleUnits,
    };

    /// <summary>Whether a figure of <paramref name="metric"/> can be counted in <paramref name="unit"/>.</summary>
    public static bool Fits(Metric metric, Unit unit) => metric switch
    {
        // A switch, not UnitsOf(...).Contains: this runs on every row, and a generic Contains over an enum costs start-up time.
        Metric.LocalitiesAttacked => unit is Unit.Localities or Unit.Percent,
        Metric.HealthAttacks or Metric.SchoolAttacks => unit is Unit.Facilities or Unit.Attacks or Unit.Percent,
        Metric.ChildrenShare => unit is Unit.Percent,
        _ => unit is Unit.People or Unit.Households or Unit.Percent,
    };

    private static readonly Unit[] PeopleUnits = [Unit.People, Unit.Households, Unit.Percent];
    private static readonly Unit[] LocalityUnits = [Unit.Localities, Unit.Percent];
    private static readonly Unit[] AttackUnits = [Unit.Facilities, Unit.Attacks, Unit.Percent];
    private static readonly Unit[] ShareUnits = [Unit.Percent];

    private static string NameOf(string[] names, int value, string parameter) =>
        (uint)value < (uint)names.Length ? names[value] : throw new ArgumentOutOfRangeException(parameter, value, "not a defined value");

    private static int IndexOf(string[] names, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return -1;
        for (var i = 0; i < names.Length; i++)
        {
            // Length and first letter tell the spellings apart almost always; only then compare them whole (this runs on every row).
            var name = names[i];
            if (name.Length == text.Length && name[0] == text[0] && text.SequenceEqual(name)) return i;
        }
        return -1;
    }
}
