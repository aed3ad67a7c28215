namespace Figures.Core.Validation;

/// <summary>
/// The file-wide check of conflicts_with: every id it names is a row's id, spelled as that row spells
/// it, and that row names this one back, so the relation runs both ways. Pure: the rows that name
/// conflicts go in, with a way to find any row by id; located messages come out, in file order.
/// </summary>
public static class ConflictRelation
{
    /// <summary>
    /// One row's conflicts_with: its id and line, the ids it names and where each stands in the file.
    /// <paramref name="Readable"/> is false when the field itself is malformed: then what it names is
    /// unknown, and no other row is blamed for it.
    /// </summary>
    public sealed record Row(string Id, int Line, IReadOnlyList<string> Names, IReadOnlyList<(int Line, int Column)> At, bool Readable = true);

    /// <summary>Where a row with some id is, found ignoring case: its id as spelled, and its line.</summary>
    public delegate bool FindRow(string id, out string spelled, out int line);

    /// <summary>
    /// The one-way and dangling references among <paramref name="rows"/> (every row whose conflicts_with
    /// is not empty). With <paramref name="everyRowRead"/> false (some records could not be read as
    /// rows), an id that names no row is not reported: it may be one of those.
    /// </summary>
    public static List<(int Line, int Column, string Message)> Check(IReadOnlyList<Row> rows, FindRow find, bool everyRowRead = true)
    {
        var byId = new Dictionary<string, Row>(StringComparer.Ordinal);
        foreach (var row in rows) byId.TryAdd(row.Id, row);
        var found = new List<(int Line, int Column, string Message)>();
        foreach (var row in rows)
        {
            if (!row.Readable) continue;
            for (var i = 0; i < row.Names.Count; i++)
            {
                var name = row.Names[i];
                var (line, column) = row.At[i];
                if (!find(name, out var spelled, out var targetLine))
                {
                    if (everyRowRead) found.Add((line, column, $"conflicts_with names '{Echo.Show(name)}', which is the id of no row"));
                    continue;
                }
                if (spelled != name)
                {
                    found.Add((line, column, $"conflicts_with names '{Echo.Show(name)}'; the id on line {targetLine} is spelled '{Echo.Show(spelled)}'"));
                    continue;
                }
                if (!byId.TryGetValue(name, out var target))
                {
                    found.Add((line, column, OneWay(row.Id, name, targetLine)));
                    continue;
                }
                // Ignoring case: a back reference spelled in another case is reported as such, once, on its own row.
                if (target.Readable && !target.Names.Contains(row.Id, StringComparer.OrdinalIgnoreCase))
                    found.Add((line, column, OneWay(row.Id, name, targetLine)));
            }
        }
        found.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        return found;
    }

    private static string OneWay(string id, string other, int otherLine) =>
        $"conflicts_with names {Echo.Show(other)}, but {Echo.Show(other)} (line {otherLine}) does not name {Echo.Show(id)} back; add {Echo.Show(id)} to its conflicts_with, or remove {Echo.Show(other)} here";
}
