namespace Figures.Core.Text;

/// <summary>
/// The English number words that news and UN texts use for figures. Plain dictionaries, not frozen
/// ones: building a frozen dictionary costs more start-up time than a short command saves.
/// </summary>
internal static class NumberWords
{
    /// <summary>Words with a value of their own ("three", "forty").</summary>
    public static readonly Dictionary<string, int> Units = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["dozen"] = 12,
    };

    /// <summary>Multipliers ("thousand", "1.8 million", "2bn").</summary>
    public static readonly Dictionary<string, decimal> Scales = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100m,
        ["thousand"] = 1_000m,
        ["million"] = 1_000_000m,
        ["billion"] = 1_000_000_000m,
        ["m"] = 1_000_000m,
        ["mn"] = 1_000_000m,
        ["bn"] = 1_000_000_000m,
        ["k"] = 1_000m,
    };

    /// <summary>Proportions stated in words, in percent.</summary>
    public static readonly Dictionary<string, decimal> Fractions = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 50m,
        ["quarter"] = 25m,
        ["third"] = 33.3m,
        ["two-thirds"] = 66.7m,
        ["three-quarters"] = 75m,
        ["majority"] = 50m,
    };
}
