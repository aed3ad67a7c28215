using Figures.Core.Model;
using Figures.Core.Places;

namespace Figures.Core.Validation;

/// <summary>
/// admin1 and admin1_pcode name one governorate: a Syrian p-code is one of SY01–SY14, and admin1 is
/// that governorate's name in one of its accepted spellings (<see cref="Gazetteer"/>). Both stay empty
/// for a figure whose place spans several governorates. A p-code of another country is only checked
/// for its form.
/// </summary>
internal static class AdminAreaCheck
{
    // The accepted spellings by governorate number (SY07 is 7), as plain arrays: this runs on every
    // row, and the gazetteer's lists cost an interface call per look (measured: a 1M-row validate
    // took 10% more CPU through them).
    private static readonly string[][] SpellingsByNumber =
        [[], .. Gazetteer.Governorates.Select(governorate => governorate.Spellings.ToArray())];

    /// <summary>Adds a problem for each way the row's admin1, admin1_pcode and country_iso3 disagree.</summary>
    public static void Check(ReadOnlySpan<char> admin1, ReadOnlySpan<char> pcode, ReadOnlySpan<char> iso3, List<FieldProblem> problems)
    {
        if (IsSyrianGovernorate(admin1, pcode) && (iso3.Length == 0 || iso3.SequenceEqual(Gazetteer.SyriaIso3))) return; // the common case
        if (admin1.Length == 0 && pcode.Length == 0) return;
        Explain(admin1.ToString(), pcode.ToString(), iso3.ToString(), problems);
    }

    // Whether the p-code is SY01–SY14 and admin1 one of that governorate's spellings.
    private static bool IsSyrianGovernorate(ReadOnlySpan<char> admin1, ReadOnlySpan<char> pcode)
    {
        if (pcode.Length != 4 || pcode[0] != 'S' || pcode[1] != 'Y') return false;
        uint tens = (uint)(pcode[2] - '0'), ones = (uint)(pcode[3] - '0');
        if (tens > 9 || ones > 9) return false;
        var number = tens * 10 + ones;
        if (number - 1 >= 14) return false;
        foreach (var spelling in SpellingsByNumber[number])
            if (admin1.SequenceEqual(spelling)) return true;
        return false;
    }

    // Out of line: only a row with a problem gets here.
    private static void Explain(string admin1, string pcode, string iso3, List<FieldProblem> problems)
    {
        var named = admin1.Length == 0 ? null : Gazetteer.LookupGovernorate(admin1);
        if (pcode.Length == 0)
        {
            problems.Add(new FieldProblem(FigureColumns.Admin1Pcode, named is null
                ? $"admin1 '{Echo.Show(admin1)}' has no admin1_pcode; give both, or leave both empty when the figure spans several governorates"
                : $"admin1 '{Echo.Show(admin1)}' has no admin1_pcode; write {named.Pcode}"));
            return;
        }
        var governorate = Gazetteer.ByCode(pcode);
        if (governorate is null)
        {
            if (!pcode.StartsWith("SY", StringComparison.Ordinal))
            {
                if (iso3 == Gazetteer.SyriaIso3)
                    problems.Add(new FieldProblem(FigureColumns.Admin1Pcode, $"admin1_pcode '{Echo.Show(pcode)}' is not a Syrian p-code (SY01–SY14), but country_iso3 is SYR"));
                else if (admin1.Length == 0)
                    problems.Add(new FieldProblem(FigureColumns.Admin1, $"admin1 is empty but admin1_pcode is '{Echo.Show(pcode)}'; give the area's name"));
                return;
            }
            problems.Add(new FieldProblem(FigureColumns.Admin1Pcode, named is null
                ? $"admin1_pcode '{Echo.Show(pcode)}' is not one of Syria's 14 governorates (SY01–SY14)"
                : $"admin1_pcode '{Echo.Show(pcode)}' is not one of Syria's 14 governorates (SY01–SY14); {named.Name} is {named.Pcode}"));
            return;
        }
        if (iso3.Length > 0 && iso3 != Gazetteer.SyriaIso3)
            problems.Add(new FieldProblem(FigureColumns.CountryIso3, $"country_iso3 '{Echo.Show(iso3)}' does not match admin1_pcode {pcode}, which is in Syria (SYR)"));
        if (admin1.Length == 0)
        {
            problems.Add(new FieldProblem(FigureColumns.Admin1,
                $"admin1 is empty but admin1_pcode is {pcode}; write {governorate.Name}, or leave both empty when the figure spans several governorates"));
            return;
        }
        if (Gazetteer.IsSpellingOf(admin1, governorate)) return;
        string message;
        if (named == governorate)
            message = $"admin1 '{Echo.Show(admin1)}' is not spelled as Figures accepts it for {pcode}; write '{governorate.Name}'";
        else if (named is not null)
            message = $"admin1 '{Echo.Show(admin1)}' is governorate {named.Pcode}, but admin1_pcode is {pcode} ({governorate.Name}); correct one of them";
        else
        {
            var suggestion = admin1.Length <= Echo.MaxLength ? Closest(admin1, governorate.Spellings) : null;
            message = suggestion is null
                ? $"admin1 '{Echo.Show(admin1)}' is not a name of {pcode}; write {Accepted(governorate)}"
                : $"admin1 '{Echo.Show(admin1)}' is not a name of {pcode}; did you mean '{suggestion}'?";
        }
        problems.Add(new FieldProblem(FigureColumns.Admin1, message));
    }

    private static string Accepted(Governorate governorate) =>
        governorate.Spellings.Count == 1 ? $"'{governorate.Name}'" : $"'{governorate.Name}' (or {string.Join(", ", governorate.Spellings.Skip(1).Select(s => $"'{s}'"))})";

    // The nearest spelling within a small edit distance, ignoring case.
    private static string? Closest(string input, IReadOnlyList<string> spellings)
    {
        var folded = input.ToLowerInvariant();
        var best = spellings.MinBy(s => Text.Suggest.Distance(folded, s.ToLowerInvariant()))!;
        return Text.Suggest.Distance(folded, best.ToLowerInvariant()) <= Math.Max(2, folded.Length / 3) ? best : null;
    }
}
