using Figures.Core.Model;

namespace Figures.Core.Validation;

/// <summary>
/// The form of one row's conflicts_with: ids separated by ';', with no spaces, no empty id, no id
/// twice and not the row's own id. Whether each id names a row that names this one back needs the
/// whole file (<see cref="ConflictRelation"/>).
/// </summary>
internal static class ConflictsField
{
    /// <summary>The separator between ids.</summary>
    public const char Separator = ';';

    /// <summary>Adds a problem for each way a non-empty conflicts_with is malformed.</summary>
    public static void Check(ReadOnlySpan<char> field, ReadOnlySpan<char> ownId, List<FieldProblem> problems)
    {
        if (!IsWellFormed(field, ownId)) Explain(field.ToString(), ownId, problems);
    }

    // The common case without allocating: ids of visible characters other than ',' and ';', none
    // empty, none twice, none the row's own.
    private static bool IsWellFormed(ReadOnlySpan<char> field, ReadOnlySpan<char> ownId)
    {
        var rest = field;
        while (true)
        {
            var end = rest.IndexOf(Separator);
            var id = end < 0 ? rest : rest[..end];
            if (id.IsEmpty || id.Equals(ownId, StringComparison.OrdinalIgnoreCase)) return false;
            foreach (var c in id)
                if (char.IsWhiteSpace(c) || c == ',') return false;
            // Each id against those after it: a row names a few conflicts, so this stays short.
            for (var later = end < 0 ? default : rest[(end + 1)..]; !later.IsEmpty;)
            {
                var next = later.IndexOf(Separator);
                if ((next < 0 ? later : later[..next]).Equals(id, StringComparison.OrdinalIgnoreCase)) return false;
                later = next < 0 ? default : later[(next + 1)..];
            }
            if (end < 0) return true;
            rest = rest[(end + 1)..];
        }
    }

    // Out of line: says what is wrong with a conflicts_with that is not well formed.
    private static void Explain(string text, ReadOnlySpan<char> ownId, List<FieldProblem> problems)
    {
        if (text.Trim().Length == 0)
        {
            problems.Add(Problem($"conflicts_with '{Echo.Show(text)}' is blank; leave it empty or write ids separated by ';'"));
            return;
        }
        if (text.Contains(',') || (text.Trim().Contains(' ') && !text.Contains(Separator)))
        {
            var fixedText = string.Join(Separator, text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            problems.Add(Problem($"conflicts_with '{Echo.Show(text)}' separates ids with something other than ';'; write {Echo.Show(fixedText)}"));
            return;
        }
        var ids = text.Split(Separator);
        if (ids.Any(id => id.Length != id.Trim().Length || id.Any(char.IsWhiteSpace)))
        {
            var fixedText = string.Join(Separator, ids.Select(id => id.Trim()).Where(id => id.Length > 0));
            problems.Add(Problem($"conflicts_with '{Echo.Show(text)}' has spaces; write {Echo.Show(fixedText)}"));
            return;
        }
        if (ids.Any(id => id.Length == 0))
        {
            problems.Add(Problem($"conflicts_with '{Echo.Show(text)}' has an empty id (a ';' too many); write {Echo.Show(string.Join(Separator, ids.Where(id => id.Length > 0)))}"));
            return;
        }
        foreach (var id in ids)
        {
            if (ownId.Length > 0 && id.AsSpan().Equals(ownId, StringComparison.OrdinalIgnoreCase))
                problems.Add(Problem($"conflicts_with names the row's own id '{Echo.Show(id)}'; a figure does not conflict with itself"));
        }
        foreach (var twice in ids.GroupBy(id => id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add(Problem($"conflicts_with names '{Echo.Show(twice.Key)}' {twice.Count()} times; name each id once"));
    }

    private static FieldProblem Problem(string message) => new(FigureColumns.ConflictsWith, message);
}
