using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Figures.Core.Model;

namespace Figures.Core.Extraction;

/// <summary>
/// Decides what a number counts from the words after it: people by default, households for
/// families, localities for towns and villages, facilities for hospitals, clinics and schools, attacks
/// for attacks. A number that counts nothing a figure can count ("3 stages", "two weeks", "one account") has no unit.
/// </summary>
public static partial class UnitReader
{
    private static readonly FrozenSet<string> People = Set(
        "people", "persons", "person", "civilians", "civilian", "syrians", "residents", "individuals", "children", "women", "men",
        "refugees", "idps", "inhabitants", "displaced", "returnees", "evacuees", "migrants", "lives", "dead", "deaths", "casualties",
        "rebels", "fighters", "militants", "insurgents", "combatants", "jihadists", "gunmen", "soldiers", "troops", "students",
        "patients", "victims", "survivors", "girls", "boys", "infants", "newborns", "adults", "others",
        // Who situation reports count among the killed and injured (issue 20), and one of them ("one paramedic was killed").
        "workers", "staff", "personnel", "doctors", "nurses", "paramedics", "medics", "teachers", "pupils", "volunteers", "rescuers",
        "person", "civilian", "child", "woman", "man", "girl", "boy", "worker", "doctor", "nurse", "paramedic", "medic", "teacher", "pupil", "volunteer");

    private static readonly FrozenSet<string> Facilities = Set(
        "facilities", "facility", "hospitals", "hospital", "clinics", "clinic", "centres", "centers", "schools", "school", "kindergartens", "kindergarten");

    private static readonly FrozenSet<string> Attacks = Set("attacks", "attack", "occasions", "incidents");

    private static readonly FrozenSet<string> Households = Set("families", "family", "households", "household");

    private static readonly FrozenSet<string> Localities = Set(
        "towns", "town", "villages", "village", "localities", "locality", "communities", "community", "settlements", "hamlets", "neighbourhoods", "neighborhoods");

    // Words that may stand between a number and what it counts: "14 opposition towns", "38,500 newly displaced people".
    private static readonly FrozenSet<string> Modifiers = Set(
        "opposition", "rebel-held", "government-held", "more", "other", "new", "additional", "syrian", "displaced", "internally",
        "newly", "civilian", "innocent", "vulnerable", "local", "young", "elderly", "registered", "recently", "further", "small",
        "nearby", "surrounding", "frontline", "front-line", "affected", "already", "hosting", "host", "destitute", "homeless", "injured",
        "wounded", "unaccompanied", "rural", "fleeing", "returning", "pregnant", "targeted", "besieged", "hard-to-reach", "idp", "arrived", "arriving", "uprooted",
        "health", "healthcare", "health-care", "medical", "primary", "aid", "humanitarian", "education", "educational", "public", "verified", "separate");

    // A number with no noun right after a word for the hurt ("37 wounded", "14 killed"): people.
    private static readonly FrozenSet<string> Casualties = Set("wounded", "injured", "killed", "dead");

    // After a large number with no noun, a verb still says it counts people: "1.8 million are displaced", "three million live in Idlib".
    private static readonly FrozenSet<string> PeopleVerbs = Set(
        "live", "lived", "living", "are", "were", "have", "had", "remain", "remained", "fled", "flee", "died", "returned",
        "reside", "now", "still", "already", "who", "being", "could", "may", "might", "would", "will", "face", "risk", "need");

    [GeneratedRegex(@"[\p{L}][\p{L}'’\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>
    /// The unit of a count ending at <paramref name="end"/>, the counted noun and the index past it; null when the words after it
    /// count nothing a figure can count. <paramref name="large"/> says the number is a thousand or more.
    /// </summary>
    public static (Unit Unit, string Noun, int NounEnd)? Read(string sentence, int end, bool large)
    {
        var words = Word().Matches(sentence, end);
        var previousEnd = end;
        var casualty = -1;
        for (var i = 0; i < words.Count && i < 5; i++)
        {
            var word = words[i];
            // Words belong to the phrase only when nothing but spaces (or a hyphen) separates them.
            var gap = sentence[previousEnd..word.Index];
            if (gap.Trim().Length > 0 && gap.Trim() != "-" && !(i == 0 && large && gap.Trim() == ",")) break;
            var text = word.Value.TrimEnd('\'', '’');
            var lower = text.ToLowerInvariant();
            if (i == 0 && lower is "of" && (large || OfPeople(sentence, word.Index + word.Length))) return (Unit.People, "", end);
            // "two of the largest hospitals": a part of the facilities named after "of the".
            if (i == 0 && lower is "of" && OfFacilities().Match(sentence, word.Index + word.Length) is { Success: true } part)
                return (Unit.Facilities, part.Groups["noun"].Value, part.Index + part.Length);
            if (i == 0 && large && gap.Trim() == "," && lower is "of" or "including" or "most" or "many") return (Unit.People, "", end);
            if (Households.Contains(lower)) return (Unit.Households, text, word.Index + word.Length);
            if (Localities.Contains(lower)) return (Unit.Localities, text, word.Index + word.Length);
            if (People.Contains(lower)) return (Unit.People, text, word.Index + word.Length);
            if (Facilities.Contains(lower)) return (Unit.Facilities, text, word.Index + word.Length);
            if (Attacks.Contains(lower)) return (Unit.Attacks, text, word.Index + word.Length);
            if (i == 0 && large && PeopleVerbs.Contains(lower)) return (Unit.People, "", end);
            if (i == 0 && Casualties.Contains(lower)) casualty = word.Index + word.Length;
            if (!Modifiers.Contains(lower)) break;
            previousEnd = word.Index + word.Length;
        }
        // The phrase runs through the word, so that word, not a term further off, says what the number counts.
        return casualty >= 0 ? (Unit.People, "", casualty) : null;
    }


    [GeneratedRegex(@"^\s+(?:them|whom|those|these|us|(?:the|its|their|our)\s+(?:[\p{L}'’\-]+\s+){0,2}?(?:population|people|displaced|residents|civilians|inhabitants|families|households|children|idps|refugees|workers|staff|volunteers|members|dead|killed|wounded|injured|victims))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfPeoplePattern();

    [GeneratedRegex(@"\G\s+(?:the|its|their)\s+(?:[\p{L}'’\-]+\s+){0,2}?(?<noun>hospitals|clinics|health\s+facilities|facilities|schools)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfFacilities();

    private static bool OfPeople(string sentence, int afterOf) => OfPeoplePattern().IsMatch(sentence[afterOf..]);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
