namespace Figures.Core.Model;

/// <summary>
/// The CSV spellings of the controlled vocabularies. Enums are parsed once at the boundary,
/// so everything past the reader works with typed values.
/// </summary>
public static class Vocabulary
{
    // Spellings indexed by the enum's value, in declaration order. Plain arrays, not dictionaries keyed by the
    // enums: every generic collection over an enum is code the JIT compiles at start-up, which a short command pays for.
    private static readonly string[] MetricNames = ["population", "idps", "displaced", "at_risk", "killed", "localities_attacked", "combatants"];
    private static readonly string[] UnitNames = ["people", "households", "localities", "percent"];
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
        Metric.Displaced or Metric.Killed or Metric.LocalitiesAttacked => MetricKind.Flow,
        Metric.AtRisk => MetricKind.Projection,
        _ => MetricKind.Stock,
    };

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
