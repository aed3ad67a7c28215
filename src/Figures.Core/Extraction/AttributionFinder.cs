using System.Text.RegularExpressions;
using Figures.Core.Wording;

namespace Figures.Core.Extraction;

/// <summary>
/// Finds who a sentence says produced its figures: "according to OCHA", "the UN said",
/// "activists ... have warned", "X told Reuters". Returns "unattributed" when no one is named.
/// </summary>
public static partial class AttributionFinder
{
    /// <summary>The attribution of a figure no source is named for.</summary>
    public const string Unattributed = Attribution.Unattributed;

    [GeneratedRegex(@"\baccording\s+to\s+(?<who>[^,.;:""“”()]+?)(?=\s*(?:[,.;:""“”()]|$|\s+(?:on|in|at|which|who|that|as|and\s+the\s+\w+\s+(?:has|have)|to\s+)\b))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex According();

    [GeneratedRegex(@"\s(?:said|says|has\s+said|have\s+said|warned|warns|have\s+warned|has\s+warned|had\s+warned|reported|reports|has\s+reported|have\s+reported|estimated|estimates|has\s+estimated|stated|announced|noted|added|told\s+(?:Reuters|AFP|AP|the\s+\w+(?:\s+\w+)?|[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)*))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Verb();

    [GeneratedRegex(@"[,;:""“”()]\s*said\s+(?<who>(?:the\s+)?[\p{L}][^,.;""“”]*?)(?=\s*(?:[,.;""“”]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex SaidBy();

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "we", "i", "you", "this", "that", "which", "who",
    };

    /// <summary>The source the sentence names for its figures, or <see cref="Unattributed"/>.</summary>
    public static string Find(string sentence)
    {
        var according = According().Match(sentence);
        if (according.Success && Clean(according.Groups["who"].Value) is { } who) return who;
        foreach (Match verb in Verb().Matches(sentence))
        {
            if (Subject(sentence, verb.Index) is { } subject) return subject;
        }
        var saidBy = SaidBy().Match(sentence);
        if (saidBy.Success && Clean(saidBy.Groups["who"].Value) is { } speaker) return speaker;
        return Unattributed;
    }

    // The noun phrase just before the verb: back to a comma, a quote mark, "that" or the start of the sentence.
    // An appositive ("Mohammad Rashid, spokesman for X, told Reuters") gives the name before it.
    private static string? Subject(string sentence, int verbStart)
    {
        var segments = Regex.Split(sentence[..verbStart], @"[,;:""“”()]|\bthat\b", RegexOptions.CultureInvariant);
        for (var i = segments.Length - 1; i >= 0 && i >= segments.Length - 3; i--)
        {
            var text = segments[i].Trim();
            if (text.Length == 0) continue;
            var cleaned = Clean(text);
            if (cleaned is null) return null;
            // A description in lower case after a name: prefer the name.
            if (char.IsLower(cleaned[0]) && i > 0 && Clean(segments[i - 1].Trim()) is { } name && char.IsUpper(name[0]) && name.Split(' ').Length <= 4)
                return name;
            return cleaned;
        }
        return null;
    }

    private static string? Clean(string phrase)
    {
        var text = Regex.Replace(phrase.Trim(), @"\s+", " ", RegexOptions.CultureInvariant);
        text = Regex.Replace(text, @"^(?:(?:on|in)\s+\w+\s+)?(?:the|a|an)\s+", "", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        text = Regex.Replace(text, @"\s+(?:also|has|have|had|on\s+\w+)$", "", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        text = text.Trim();
        if (text.Length == 0 || Pronouns.Contains(text.Split(' ')[0]) || text.Any(char.IsAsciiDigit)) return null;
        if (text.Split(' ').Length > 8) return null;
        return text;
    }
}
