namespace Figures.Core.Text;

/// <summary>
/// The source words each qualifier stands for (README, "Vocabularies"): "about" is written
/// <c>approximately</c>, "over" <c>more_than</c>. Used for "did you mean" where edit distance cannot
/// help, since "about" is no misspelling of "approximately".
/// </summary>
public static class QualifierWords
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["some"] = "approximately",
        ["about"] = "approximately",
        ["around"] = "approximately",
        ["nearly"] = "approximately",
        ["almost"] = "approximately",
        ["estimated"] = "approximately",
        ["an estimated"] = "approximately",
        ["roughly"] = "approximately",
        ["approx"] = "approximately",
        ["approximate"] = "approximately",
        ["circa"] = "approximately",
        ["more than"] = "more_than",
        ["over"] = "more_than",
        ["less than"] = "less_than",
        ["fewer than"] = "less_than",
        ["under"] = "less_than",
        ["at least"] = "at_least",
        ["up to"] = "at_most",
        ["at most"] = "at_most",
    };

    /// <summary>The qualifier that <paramref name="text"/> (a source's word, in any case, with spaces, '-' or '_') stands for, or null.</summary>
    public static string? Qualifier(string text)
    {
        var words = string.Join(' ', text.Trim().ToLowerInvariant().Replace('_', ' ').Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Words.GetValueOrDefault(words);
    }
}
