using System.Text.RegularExpressions;

namespace Figures.Core.Extraction;

/// <summary>
/// Syria's 14 governorates with their p-codes (SY01–SY14) and the spellings news and UN texts use,
/// plus a few well-known towns that stand for their governorate. Small on purpose: the curator checks every place.
/// </summary>
public static partial class Gazetteer
{
    /// <summary>The ISO 3166-1 alpha-3 code of Syria.</summary>
    public const string SyriaIso3 = "SYR";

    /// <summary>The 14 governorates, in p-code order.</summary>
    public static IReadOnlyList<Governorate> Governorates { get; } =
    [
        new("Damascus", "SY01"), new("Aleppo", "SY02"), new("Rural Damascus", "SY03"), new("Homs", "SY04"),
        new("Hama", "SY05"), new("Lattakia", "SY06"), new("Idlib", "SY07"), new("Al-Hasakeh", "SY08"),
        new("Deir-ez-Zor", "SY09"), new("Tartous", "SY10"), new("Ar-Raqqa", "SY11"), new("Dar'a", "SY12"),
        new("As-Sweida", "SY13"), new("Quneitra", "SY14"),
    ];

    private static readonly (string Spelling, string Pcode)[] Spellings =
    [
        ("Damascus", "SY01"),
        ("Aleppo", "SY02"), ("Halab", "SY02"), ("Afrin", "SY02"), ("Azaz", "SY02"), ("A'zaz", "SY02"), ("Manbij", "SY02"), ("Jarablus", "SY02"),
        ("Rural Damascus", "SY03"), ("Damascus countryside", "SY03"), ("Rif Dimashq", "SY03"), ("Reef Damascus", "SY03"),
        ("Eastern Ghouta", "SY03"), ("East Ghouta", "SY03"), ("Ghouta", "SY03"), ("Douma", "SY03"),
        ("Homs", "SY04"), ("Rastan", "SY04"),
        ("Hama", "SY05"), ("Hamah", "SY05"), ("al-Latamenah", "SY05"), ("Latamneh", "SY05"), ("Kafr Zita", "SY05"), ("Morek", "SY05"),
        ("Lattakia", "SY06"), ("Latakia", "SY06"), ("Al-Lathiqiyah", "SY06"),
        ("Idlib", "SY07"), ("Idleb", "SY07"), ("Edlib", "SY07"), ("Maarat al-Numan", "SY07"), ("Maaret al-Numan", "SY07"),
        ("Ma'arrat al-Nu'man", "SY07"), ("Khan Sheikhoun", "SY07"), ("Khan Shaykhun", "SY07"), ("Saraqeb", "SY07"),
        ("Jisr al-Shughour", "SY07"), ("Jisr al-Shughur", "SY07"), ("Ariha", "SY07"), ("Sarmada", "SY07"), ("Atmeh", "SY07"), ("Harem", "SY07"),
        ("Al-Hasakeh", "SY08"), ("Hasakeh", "SY08"), ("Hasakah", "SY08"), ("Al-Hasakah", "SY08"), ("Hassakeh", "SY08"), ("Qamishli", "SY08"),
        ("Deir-ez-Zor", "SY09"), ("Deir ez-Zor", "SY09"), ("Deir ez-Zour", "SY09"), ("Deir al-Zour", "SY09"), ("Deir Ezzor", "SY09"),
        ("Deir-ez-Zour", "SY09"), ("Dayr al-Zawr", "SY09"), ("Deir el-Zour", "SY09"),
        ("Tartous", "SY10"), ("Tartus", "SY10"), ("Tartous", "SY10"),
        ("Ar-Raqqa", "SY11"), ("Al-Raqqa", "SY11"), ("Raqqa", "SY11"), ("Rakka", "SY11"), ("Raqqah", "SY11"),
        ("Dar'a", "SY12"), ("Daraa", "SY12"), ("Deraa", "SY12"), ("Dara'a", "SY12"), ("Der'a", "SY12"),
        ("As-Sweida", "SY13"), ("Sweida", "SY13"), ("Suwayda", "SY13"), ("Suwaida", "SY13"), ("As-Suwayda", "SY13"),
        ("Quneitra", "SY14"), ("Al-Quneitra", "SY14"), ("Kuneitra", "SY14"),
    ];

    private static readonly Dictionary<string, Governorate> ByPcode = Governorates.ToDictionary(g => g.Pcode, StringComparer.Ordinal);

    private static readonly Dictionary<string, Governorate> BySpelling = Spellings
        .DistinctBy(s => Fold(s.Spelling))
        .ToDictionary(s => Fold(s.Spelling), s => ByPcode[s.Pcode], StringComparer.Ordinal);

    private static readonly Regex Pattern = new(
        @"(?<![\p{L}\-'’])(?:" + string.Join("|", Spellings.Select(s => s.Spelling).Distinct().OrderByDescending(s => s.Length).Select(Escape)) + @")(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The governorate a spelling names ("Idleb", "Deraa", "Latakia"), or null.</summary>
    public static Governorate? Lookup(string spelling) => BySpelling.GetValueOrDefault(Fold(spelling.Trim()));

    /// <summary>The governorate with a p-code, or null.</summary>
    public static Governorate? ByCode(string pcode) => ByPcode.GetValueOrDefault(pcode);

    /// <summary>Every place name of the gazetteer in a text: where it stands, how it is spelled, and its governorate.</summary>
    public static IReadOnlyList<(int Start, int Length, Governorate Governorate)> Find(string text)
    {
        var found = new List<(int, int, Governorate)>();
        foreach (Match match in Pattern.Matches(text))
        {
            // Place names are proper nouns: "hama" inside a lower-case word run is not Hama.
            if (!char.IsUpper(match.Value[0]) && !match.Value.StartsWith("al-", StringComparison.Ordinal)) continue;
            if (Lookup(match.Value) is { } governorate) found.Add((match.Index, match.Length, governorate));
        }
        return found;
    }

    private static string Escape(string spelling) => Regex.Escape(spelling).Replace("'", "['’]").Replace(@"\ ", @"\s+").Replace("-", @"[\-\s]");

    private static string Fold(string spelling) =>
        Regex.Replace(spelling.ToLowerInvariant().Replace('’', '\'').Replace('-', ' '), @"\s+", " ");
}
