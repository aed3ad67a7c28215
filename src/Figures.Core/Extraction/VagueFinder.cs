using System.Text.RegularExpressions;

namespace Figures.Core.Extraction;

/// <summary>
/// Finds vague amounts ("tens of thousands", "thousands", "millions of civilians", "dozens"): they are
/// not numbers a figure can hold, so they are reported to the curator instead of becoming rows.
/// </summary>
public static partial class VagueFinder
{
    [GeneratedRegex(@"\b(?:tens|hundreds|thousands|millions|dozens)(?![\p{L}])(?:\s+(?:of|upon)\s+(?:thousands|millions|hundreds))?(?:\s+of\s+(?:[\p{L}'’\-]+\s+)?(?:people|civilians|syrians|residents|families|households|refugees|children|villages|towns|displaced|idps)\b)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Vague();

    /// <summary>The vague amounts of a sentence, verbatim, in order.</summary>
    public static IReadOnlyList<string> Find(string sentence) =>
        Vague().Matches(sentence).Select(m => m.Value).ToList();

    /// <summary>Where the vague amounts of a sentence stand, as (start, end) indices, in order.</summary>
    public static IReadOnlyList<(int Start, int End)> Spans(string sentence) =>
        Vague().Matches(sentence).Select(m => (m.Index, m.Index + m.Length)).ToList();
}
