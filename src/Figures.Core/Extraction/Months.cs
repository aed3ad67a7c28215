using System.Collections.Frozen;

namespace Figures.Core.Extraction;

/// <summary>English month names and their common abbreviations, for dates and periods.</summary>
internal static class Months
{
    /// <summary>A regex alternation matching any month name or abbreviation.</summary>
    public const string Pattern =
        "January|February|March|April|May|June|July|August|September|October|November|December|"
        + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    private static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1,
        ["february"] = 2,
        ["march"] = 3,
        ["april"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["july"] = 7,
        ["august"] = 8,
        ["september"] = 9,
        ["october"] = 10,
        ["november"] = 11,
        ["december"] = 12,
        ["jan"] = 1,
        ["feb"] = 2,
        ["mar"] = 3,
        ["apr"] = 4,
        ["jun"] = 6,
        ["jul"] = 7,
        ["aug"] = 8,
        ["sep"] = 9,
        ["sept"] = 9,
        ["oct"] = 10,
        ["nov"] = 11,
        ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The month number (1-12) of a name, or 0.</summary>
    public static int Number(string name) => Numbers.TryGetValue(name.TrimEnd('.'), out var month) ? month : 0;
}
