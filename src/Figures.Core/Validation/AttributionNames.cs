using System.Text;

namespace Figures.Core.Validation;

/// <summary>
/// One name per body in attributed_to: two names that differ only in case ("UN ocha", "UN OCHA") or by
/// a known abbreviation ("United Nations", "UN"; "U.N.") split one source in two in every filter,
/// chart and brief. Pure: the first use of each distinct name goes in, located warnings come out.
/// </summary>
public static class AttributionNames
{
    // Full names and the abbreviation each is known by, longest first so that the longer name wins.
    private static readonly (string Full, string Short)[] Abbreviations =
    [
        ("united nations office for the coordination of humanitarian affairs", "un ocha"),
        ("office for the coordination of humanitarian affairs", "ocha"),
        ("united nations high commissioner for refugees", "unhcr"),
        ("un high commissioner for refugees", "unhcr"),
        ("united nations refugee agency", "unhcr"),
        ("un refugee agency", "unhcr"),
        ("united nations children's fund", "unicef"),
        ("international committee of the red cross", "icrc"),
        ("internal displacement monitoring centre", "idmc"),
        ("international organization for migration", "iom"),
        ("syrian observatory for human rights", "sohr"),
        ("syrian arab red crescent", "sarc"),
        ("world health organization", "who"),
        ("world food programme", "wfp"),
        ("human rights watch", "hrw"),
        ("medecins sans frontieres", "msf"),
        ("médecins sans frontières", "msf"),
        ("doctors without borders", "msf"),
        ("united nations", "un"),
    ];

    /// <summary>The abbreviations the check knows, as "full name = short name".</summary>
    public static IEnumerable<string> Known => Abbreviations.Select(a => $"{a.Full} = {a.Short}");

    /// <summary>
    /// A warning for each name that is another spelling of a name used earlier in the file, at the
    /// name's first use. <paramref name="firstUses"/> holds each distinct name once, with where it is first used.
    /// </summary>
    public static List<(int Line, int Column, string Message)> Check(IEnumerable<(string Name, int Line, int Column)> firstUses)
    {
        var ordered = firstUses.OrderBy(u => u.Line).ThenBy(u => u.Column).ToList();
        var firstByKey = new Dictionary<string, (string Name, int Line)>(StringComparer.Ordinal);
        var found = new List<(int Line, int Column, string Message)>();
        foreach (var (name, line, column) in ordered)
        {
            var key = Key(name);
            if (key.Length == 0) continue;
            if (!firstByKey.TryGetValue(key, out var first))
            {
                firstByKey.Add(key, (name, line));
                continue;
            }
            var how = string.Equals(first.Name, name, StringComparison.OrdinalIgnoreCase) ? "differs only in case from" : "is another name for";
            found.Add((line, column,
                $"attributed_to '{Echo.Show(name)}' {how} '{Echo.Show(first.Name)}' (line {first.Line}): one body, two sources in filters, charts and briefs; write '{Echo.Show(first.Name)}' throughout"));
        }
        return found;
    }

    /// <summary>The name with case, dots, a leading "the" and known full names folded away ("The U.N." and "United Nations" give "un").</summary>
    public static string Key(string name)
    {
        var folded = new StringBuilder(name.Length + 2).Append(' ');
        var space = true;
        foreach (var c in name.ToLowerInvariant())
        {
            if (c == '.') continue;
            if (char.IsWhiteSpace(c) || c == '-' || c == '’')
            {
                if (c == '’')
                {
                    folded.Append('\'');
                    space = false;
                    continue;
                }
                if (!space) folded.Append(' ');
                space = true;
                continue;
            }
            folded.Append(c);
            space = false;
        }
        if (!space) folded.Append(' ');
        var text = folded.ToString();
        if (text.StartsWith(" the ", StringComparison.Ordinal)) text = text[4..];
        foreach (var (full, abbreviation) in Abbreviations)
            text = text.Replace(" " + full + " ", " " + abbreviation + " ", StringComparison.Ordinal);
        return text.Trim();
    }
}
