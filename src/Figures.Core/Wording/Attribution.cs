using Figures.Core.Model;

namespace Figures.Core.Wording;

/// <summary>
/// Who stands behind a figure, and how much weight that carries: the one place that decides whether a figure
/// is attributed, whether its author is a primary source, and which of two figures has the better standing.
/// </summary>
public static class Attribution
{
    /// <summary>The word the dataset uses for a figure the article attributes to no one.</summary>
    public const string Unattributed = "unattributed";

    // Bodies that count, assess or monitor themselves: UN agencies, humanitarian organisations, monitors.
    // A news outlet, "activists" or "officials" repeat or assert; they are secondary here.
    private static readonly string[] PrimaryWords =
    [
        "UN", "United Nations", "OCHA", "UNHCR", "UNICEF", "WHO", "WFP", "IOM", "ICRC", "Red Crescent", "Red Cross",
        "Observatory", "Human Rights Watch", "Amnesty", "Médecins Sans Frontières", "MSF", "Syria Response Coordinators",
        "CCCM", "Cluster",
    ];

    /// <summary>Whether the article names who produced the figure.</summary>
    public static bool IsAttributed(Figure figure) =>
        figure.AttributedTo.Trim().Length > 0 && !figure.AttributedTo.Trim().Equals(Unattributed, StringComparison.OrdinalIgnoreCase);

    /// <summary>Who said it, for reading: the attribution, or "not attributed".</summary>
    public static string Who(Figure figure) => Who(figure, Words.English);

    /// <summary>Who said it, in a language: the attribution as the source gave it, or "not attributed".</summary>
    public static string Who(Figure figure, Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return IsAttributed(figure) ? words.Isolate(figure.AttributedTo.Trim()) : words.NotAttributed;
    }

    /// <summary>Whether the figure comes from a body that counts or monitors (a UN agency, an NGO, a monitor).</summary>
    public static bool IsPrimary(Figure figure)
    {
        if (!IsAttributed(figure)) return false;
        var name = figure.AttributedTo;
        foreach (var word in PrimaryWords)
        {
            var at = name.IndexOf(word, StringComparison.Ordinal);
            // Whole words only: "UN" must not match inside "UNITED" or "Tunisia".
            while (at >= 0)
            {
                var before = at == 0 || !char.IsLetter(name[at - 1]);
                var after = at + word.Length == name.Length || !char.IsLetter(name[at + word.Length]);
                if (before && after) return true;
                at = name.IndexOf(word, at + 1, StringComparison.Ordinal);
            }
        }
        return false;
    }

    /// <summary>
    /// The order in which figures of one measure are headlined, best first: attributed to a named body before
    /// unattributed, dated before undated, a primary source before a secondary one, then the most recent,
    /// then the id (so the order is total). The brief's method note states the same rule.
    /// </summary>
    public static int CompareStanding(Figure a, Figure b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byAttribution = IsAttributed(b).CompareTo(IsAttributed(a));
        if (byAttribution != 0) return byAttribution;
        var byDate = (b.ReferenceDate is not null).CompareTo(a.ReferenceDate is not null);
        if (byDate != 0) return byDate;
        var byPrimary = IsPrimary(b).CompareTo(IsPrimary(a));
        if (byPrimary != 0) return byPrimary;
        var byRecency = Nullable.Compare(b.ReferenceDate, a.ReferenceDate);
        return byRecency != 0 ? byRecency : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>Whether <paramref name="a"/> stands above <paramref name="b"/> on the first three grounds (not recency or id).</summary>
    public static bool Outranks(Figure a, Figure b) => Grounds(a) > Grounds(b);

    private static int Grounds(Figure figure) =>
        (IsAttributed(figure) ? 4 : 0) + (figure.ReferenceDate is not null ? 2 : 0) + (IsPrimary(figure) ? 1 : 0);
}
