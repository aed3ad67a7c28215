using System.Text.RegularExpressions;

namespace Figures.Core.Places;

/// <summary>
/// Syria's 14 governorates with their p-codes (SY01–SY14), OCHA's English names and the spellings
/// news and UN texts use, plus a few well-known towns that stand for their governorate (for finding
/// places in articles only: a town is never an admin1). Small on purpose: the curator checks every place.
/// The one list both <c>validate</c> and <c>extract</c> use.
/// </summary>
public static class Gazetteer
{
    /// <summary>The ISO 3166-1 alpha-3 code of Syria.</summary>
    public const string SyriaIso3 = "SYR";

    /// <summary>
    /// The 14 governorates, in p-code order. The first spelling is the dataset's, the second OCHA's
    /// where it differs (the COD datasets write "Idleb"; figures.csv writes "Idlib"), then common ones.
    /// </summary>
    public static IReadOnlyList<Governorate> Governorates { get; } =
    [
        new("Damascus", "SY01", "Damascus", ["Damascus", "Dimashq"]),
        new("Aleppo", "SY02", "Aleppo", ["Aleppo", "Halab"]),
        new("Rural Damascus", "SY03", "Rural Damascus", ["Rural Damascus", "Rif Dimashq", "Reef Damascus", "Damascus countryside"]),
        new("Homs", "SY04", "Homs", ["Homs"]),
        new("Hama", "SY05", "Hama", ["Hama", "Hamah"]),
        new("Lattakia", "SY06", "Lattakia", ["Lattakia", "Latakia", "Al-Lathiqiyah"]),
        new("Idlib", "SY07", "Idleb", ["Idlib", "Idleb", "Edlib"]),
        new("Al-Hasakeh", "SY08", "Al-Hasakeh", ["Al-Hasakeh", "Hasakeh", "Hasakah", "Al-Hasakah", "Hassakeh"]),
        new("Deir-ez-Zor", "SY09", "Deir-ez-Zor",
            ["Deir-ez-Zor", "Deir ez-Zor", "Deir ez-Zour", "Deir-ez-Zour", "Deir al-Zour", "Deir Ezzor", "Dayr al-Zawr", "Deir el-Zour"]),
        new("Tartous", "SY10", "Tartous", ["Tartous", "Tartus"]),
        new("Ar-Raqqa", "SY11", "Ar-Raqqa", ["Ar-Raqqa", "Al-Raqqa", "Raqqa", "Rakka", "Raqqah"]),
        new("Dar'a", "SY12", "Dar'a", ["Dar'a", "Daraa", "Deraa", "Dara'a", "Der'a"]),
        new("As-Sweida", "SY13", "As-Sweida", ["As-Sweida", "Sweida", "Suwayda", "Suwaida", "As-Suwayda"]),
        new("Quneitra", "SY14", "Quneitra", ["Quneitra", "Al-Quneitra", "Kuneitra"]),
    ];

    // Towns and districts that stand for their governorate in a sentence; never an admin1.
    private static readonly (string Spelling, string Pcode)[] Towns =
    [
        ("Afrin", "SY02"), ("Azaz", "SY02"), ("A'zaz", "SY02"), ("Manbij", "SY02"), ("Jarablus", "SY02"),
        ("Eastern Ghouta", "SY03"), ("East Ghouta", "SY03"), ("Ghouta", "SY03"), ("Douma", "SY03"),
        ("Rastan", "SY04"),
        ("al-Latamenah", "SY05"), ("Latamneh", "SY05"), ("Kafr Zita", "SY05"), ("Morek", "SY05"),
        ("Maarat al-Numan", "SY07"), ("Maaret al-Numan", "SY07"), ("Ma'arrat al-Nu'man", "SY07"), ("Khan Sheikhoun", "SY07"),
        ("Khan Shaykhun", "SY07"), ("Saraqeb", "SY07"), ("Jisr al-Shughour", "SY07"), ("Jisr al-Shughur", "SY07"), ("Ariha", "SY07"),
        ("Sarmada", "SY07"), ("Atmeh", "SY07"), ("Harem", "SY07"),
        ("Qamishli", "SY08"),
    ];

    private static readonly Dictionary<string, Governorate> ByPcode = ByPcodeTable();

    private static Dictionary<string, Governorate> ByPcodeTable()
    {
        var table = new Dictionary<string, Governorate>(StringComparer.Ordinal);
        foreach (var governorate in Governorates) table.Add(governorate.Pcode, governorate);
        return table;
    }

    // The tables and the pattern that finding places in text needs, built on first use: validate touches the
    // gazetteer on every file, and these cost start-up time that only extract and messages need.
    private static class Lookups
    {
        public static readonly Dictionary<string, Governorate> BySpelling = Table(includeTowns: true);
        public static readonly Dictionary<string, Governorate> ByGovernorateSpelling = Table(includeTowns: false);
        public static readonly Regex Pattern = new(
            @"(?<![\p{L}\-'’])(?:" + string.Join("|", AllSpellings().Distinct().OrderByDescending(s => s.Length).Select(Escape)) + @")(?![\p{L}])",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        // Every spelling, governorates first: the first spelling of a folded form wins.
        private static Dictionary<string, Governorate> Table(bool includeTowns)
        {
            var table = new Dictionary<string, Governorate>(StringComparer.Ordinal);
            foreach (var governorate in Governorates)
            {
                foreach (var spelling in governorate.Spellings) table.TryAdd(Fold(spelling), governorate);
            }
            if (includeTowns)
            {
                foreach (var (spelling, pcode) in Towns) table.TryAdd(Fold(spelling), ByPcode[pcode]);
            }
            return table;
        }

        private static List<string> AllSpellings()
        {
            var all = new List<string>();
            foreach (var governorate in Governorates) all.AddRange(governorate.Spellings);
            foreach (var (spelling, _) in Towns) all.Add(spelling);
            return all;
        }
    }

    /// <summary>The governorate a spelling names ("Idleb", "Deraa", "Latakia", or a town such as "Saraqeb"), or null.</summary>
    public static Governorate? Lookup(string spelling) => Lookups.BySpelling.GetValueOrDefault(Fold(spelling.Trim()));

    /// <summary>
    /// The governorate whose name this is, ignoring case, spaces and hyphens ("idleb", "Deir ez Zor"),
    /// or null; towns do not count.
    /// </summary>
    public static Governorate? LookupGovernorate(string name) => Lookups.ByGovernorateSpelling.GetValueOrDefault(Fold(name.Trim()));

    /// <summary>The governorate with a p-code SY01–SY14 given as text, or null; allocates nothing (it runs on every row).</summary>
    public static Governorate? ByCode(ReadOnlySpan<char> pcode)
    {
        if (pcode.Length != 4 || pcode[0] != 'S' || pcode[1] != 'Y') return null;
        var tens = (uint)(pcode[2] - '0');
        var ones = (uint)(pcode[3] - '0');
        if (tens > 9 || ones > 9) return null;
        var number = (int)(tens * 10 + ones);
        return number is >= 1 and <= 14 ? Governorates[number - 1] : null;
    }

    /// <summary>Whether <paramref name="admin1"/> is exactly one of <paramref name="governorate"/>'s accepted spellings.</summary>
    public static bool IsSpellingOf(ReadOnlySpan<char> admin1, Governorate governorate)
    {
        // An index loop: foreach over the interface would allocate an enumerator on every row.
        var spellings = governorate.Spellings;
        for (var i = 0; i < spellings.Count; i++)
            if (admin1.SequenceEqual(spellings[i])) return true;
        return false;
    }

    /// <summary>Every place name of the gazetteer in a text: where it stands, how it is spelled, and its governorate.</summary>
    public static IReadOnlyList<(int Start, int Length, Governorate Governorate)> Find(string text)
    {
        var found = new List<(int, int, Governorate)>();
        foreach (Match match in Lookups.Pattern.Matches(text))
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
