using System.Text.RegularExpressions;
using Figures.Core.Places;

namespace Figures.Core.Extraction;

/// <summary>
/// Finds where a sentence places its figures. Places a figure comes from ("transported from Aleppo, Ghouta and Deraa")
/// are left out; several governorates give an empty admin1, as a figure spanning them belongs to none.
/// </summary>
public static partial class PlaceFinder
{
    [GeneratedRegex(@"(?i:\bfrom)\s+(?:(?:(?:the\s+)?(?i:eastern|western|northern|southern|rural|east|west|north|south)\s+)?[\p{Lu}][\p{L}'’\-]*(?:\s+[\p{L}][\p{L}'’\-]*)?\s*(?:,|\band\b|\bor\b)?\s*(?:also\s+)?)*(?:(?:the\s+)?(?i:eastern|western|northern|southern|rural|east|west|north|south)\s+)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex OriginBefore();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:northern|southern|eastern|western|north-western|northwestern|north-eastern|northeastern|rural|central)\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    [GeneratedRegex(@"^\s+(?:province|governorate|city|countryside|area|region|district|plain)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Tail();

    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListJoin();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:north-?west(?:ern)?|north-?east(?:ern)?|south-?west(?:ern)?|south-?east(?:ern)?|north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+)?Syria\b(?!n)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Country();

    /// <summary>The place of the figures of a sentence, or <see cref="Place.None"/>.</summary>
    public static Place Find(string sentence)
    {
        var names = Gazetteer.Find(sentence).Where(n => !IsOrigin(sentence, n.Start)).ToList();
        if (names.Count == 0)
        {
            var country = Country().Match(sentence);
            return country.Success ? new Place(country.Value, "", "", Gazetteer.SyriaIso3) : Place.None;
        }
        var spans = names.Select(n => Widen(sentence, n.Start, n.Start + n.Length)).ToList();
        var phrases = new List<string>();
        var (start, end) = spans[0];
        for (var i = 1; i < spans.Count; i++)
        {
            if (ListJoin().IsMatch(sentence[end..spans[i].Start]))
            {
                end = spans[i].End;
                continue;
            }
            phrases.Add(sentence[start..end]);
            (start, end) = spans[i];
        }
        phrases.Add(sentence[start..end]);
        var location = string.Join(" and ", phrases.Distinct(StringComparer.Ordinal));
        var governorates = names.Select(n => n.Governorate).Distinct().ToList();
        return governorates.Count == 1
            ? new Place(location, governorates[0].Name, governorates[0].Pcode, Gazetteer.SyriaIso3)
            : new Place(location, "", "", Gazetteer.SyriaIso3);
    }

    // Only the words just before a name can make it an origin; a short window also keeps the match cheap.
    private static bool IsOrigin(string sentence, int start) => OriginBefore().IsMatch(sentence[Math.Max(0, start - 80)..start]);

    // "the Idlib area", "northern Hama province": keep the words that make the place phrase whole.
    private static (int Start, int End) Widen(string sentence, int start, int end)
    {
        var tail = Tail().Match(sentence[end..]);
        if (tail.Success) end += tail.Length;
        var back = start;
        for (var words = 0; words < 2 && back > 0; words++)
        {
            var previous = sentence.LastIndexOf(' ', Math.Max(0, back - 2));
            var candidate = previous < 0 ? 0 : previous + 1;
            if (!Lead().IsMatch(sentence[candidate..start])) break;
            back = candidate;
        }
        return (back, end);
    }
}
