namespace Figures.Core.Places;

/// <summary>
/// The Arabic names of the gazetteer's places (OCHA's Arabic names of the governorates), and how a dataset's place
/// wording is shown in Arabic: a known name alone becomes its Arabic name; a longer wording keeps the dataset's own
/// words, in brackets after the Arabic names of the places it names, so nothing the curator wrote is dropped or guessed.
/// </summary>
public static class ArabicPlaces
{
    private static readonly Dictionary<string, string> ByPcode = new(StringComparer.Ordinal)
    {
        ["SY01"] = "دمشق",
        ["SY02"] = "حلب",
        ["SY03"] = "ريف دمشق",
        ["SY04"] = "حمص",
        ["SY05"] = "حماة",
        ["SY06"] = "اللاذقية",
        ["SY07"] = "إدلب",
        ["SY08"] = "الحسكة",
        ["SY09"] = "دير الزور",
        ["SY10"] = "طرطوس",
        ["SY11"] = "الرقة",
        ["SY12"] = "درعا",
        ["SY13"] = "السويداء",
        ["SY14"] = "القنيطرة",
    };

    /// <summary>The Arabic name of a governorate, or null.</summary>
    public static string? Of(Governorate governorate) => ByPcode.GetValueOrDefault(governorate.Pcode);

    /// <summary>A dataset's place wording in Arabic: "إدلب" for "Idlib", "حماة وإدلب (Hama and Idlib)", else the wording itself.</summary>
    public static string Name(string location) => Name(location, text => text);

    /// <summary>As <see cref="Name(string)"/>, with the dataset's own words passed through <paramref name="keep"/> (to isolate them in Arabic text).</summary>
    public static string Name(string location, Func<string, string> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        ArgumentNullException.ThrowIfNull(location);
        if (location.Length == 0) return location;
        if (Gazetteer.LookupGovernorate(location) is { } whole && Of(whole) is { } name) return name;
        var names = new List<string>();
        foreach (var (start, length, governorate) in Gazetteer.Find(location))
        {
            // A town stands for its governorate when finding places, but is not its name: only governorates are named.
            if (Gazetteer.LookupGovernorate(location.Substring(start, length)) is null) continue;
            if (Of(governorate) is { } found && !names.Contains(found)) names.Add(found);
        }
        if (names.Count == 0) return keep(location);
        var list = names.Count == 1 ? names[0] : string.Join("، ", names.Take(names.Count - 1)) + " و" + names[^1];
        return $"{list} ({keep(location)})";
    }
}
