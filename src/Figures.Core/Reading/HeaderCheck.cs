using Figures.Core.Model;

namespace Figures.Core.Reading;

/// <summary>
/// Checks a header row against the exact figures.csv header and explains each difference. The header
/// before conflicts_with was added (<see cref="FigureColumns.Legacy"/>) is accepted as it is.
/// </summary>
internal static class HeaderCheck
{
    /// <summary>One message per problem, each with the index of the header field it concerns.</summary>
    public static List<(int Field, string Message)> Check(IReadOnlyList<string> header)
    {
        var problems = new List<(int, string)>();
        var expected = FigureColumns.All;
        if (header.SequenceEqual(FigureColumns.Legacy, StringComparer.Ordinal)) return problems;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i];
            var shown = Validation.Echo.Show(name);
            if (seen.TryGetValue(name, out var first))
            {
                problems.Add((i, $"duplicated header '{shown}' (also column {first + 1})"));
                continue;
            }
            seen[name] = i;
            if (i < expected.Count && name == expected[i]) continue;
            var canonical = expected.FirstOrDefault(e => string.Equals(e, name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (canonical is not null && canonical != name)
                problems.Add((i, $"header '{shown}' should be '{canonical}' (exact case, no spaces)"));
            else if (canonical is not null)
                problems.Add((i, $"header '{shown}' is out of order: column {i + 1} should be '{(i < expected.Count ? expected[i] : "(none)")}'"));
            else if (i == FigureColumns.ConflictsWith && Text.Suggest.Closest(name, [expected[i]]) is null)
                problems.Add((i, $"extra column '{shown}'; the only column after notes is conflicts_with, which may be left out"));
            else if (i < expected.Count)
            {
                var suggestion = name.Length <= Validation.Echo.MaxLength ? Text.Suggest.Closest(name, expected) : null;
                problems.Add((i, suggestion is null
                    ? $"unknown header '{shown}'; column {i + 1} should be '{expected[i]}'"
                    : $"unknown header '{shown}'; did you mean '{suggestion}'?"));
            }
            else problems.Add((i, $"extra column '{shown}'; figures.csv has {expected.Count} columns"));
        }
        var present = new HashSet<string>(header.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
        // conflicts_with may be left out (a file from before it was added), so it is never missing.
        var missing = expected.Where(e => !present.Contains(e) && e != expected[FigureColumns.ConflictsWith]).ToList();
        if (missing.Count > 0)
            problems.Add((header.Count, $"missing column{(missing.Count > 1 ? "s" : "")}: {string.Join(", ", missing)}"));
        return problems;
    }
}
