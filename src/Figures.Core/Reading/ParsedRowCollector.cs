using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Validation;

namespace Figures.Core.Reading;

/// <summary>
/// Takes parsed batches in file order and does what needs the whole file so far: unique ids, the
/// optional per-figure check, locating each problem, and keeping the figures the options ask for.
/// At the end (<see cref="Finish"/>), what needs the whole file: conflicts_with named both ways, and
/// one name per body in attributed_to.
/// </summary>
internal sealed class ParsedRowCollector(string file, FigureReadOptions options, ProblemList problems, Func<long> bytesRead)
{
    private readonly IdRegister _ids = new();
    // Stands in for the problems of a valid row, which has none until the id check: no list per row.
    private readonly List<FieldProblem> _noProblems = [];

    // At most this many distinct attributed_to names are compared: a file of unique names is not a
    // curated file, and comparing its names must not hold a million strings.
    private const int MaxAttributions = 100_000;

    private readonly List<ConflictRelation.Row> _conflicts = [];
    // Rows that are not valid but have an id: conflicts_with may still name them.
    private readonly Dictionary<string, (string Id, int Line)> _invalidIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (int Line, int Column)> _attributions = new(StringComparer.Ordinal);
    private bool _someRecordsUnread;

    /// <summary>The figures kept.</summary>
    public List<Figure> Figures { get; } = [];
    /// <summary>The line of each kept figure.</summary>
    public List<int> Lines { get; } = [];
    /// <summary>Valid rows, kept or not.</summary>
    public int Valid { get; private set; }
    /// <summary>The warnings found by <see cref="Finish"/>, in file order.</summary>
    public List<Diagnostic> Warnings { get; } = [];

    /// <summary>Prepares for about <paramref name="rows"/> rows in all (an estimate).</summary>
    public void Expect(long rows) => _ids.Expect(rows);

    /// <summary>Collects one batch.</summary>
    public void Collect(RowBatch batch)
    {
        for (var e = 0; e < batch.Count; e++)
        {
            ref readonly var entry = ref batch.ResultAt(e);
            if (entry.Valid) _ids.Prefetch(entry.IdHash);
        }
        for (var e = 0; e < batch.Count; e++)
        {
            ref readonly var entry = ref batch.ResultAt(e);
            if (entry.Fixed is not null)
            {
                problems.AddRange(entry.Fixed);
                _someRecordsUnread = true;
                continue;
            }
            ref readonly var record = ref batch.RecordAt(e);
            _noProblems.Clear();
            var fieldProblems = entry.Problems ?? _noProblems;
            if (!entry.Valid && entry.OwnId is { } invalidId) _invalidIds.TryAdd(invalidId, (invalidId, record.Line));
            if (entry.Valid)
            {
                var registered = CheckId(batch.Id(entry), entry.IdHash, record.Line, fieldProblems);
                if (registered && entry.ConflictsLength > 0)
                    NoteConflicts(batch.Id(entry).ToString(), batch.Conflicts(entry).ToString(), record.Line, entry.ConflictsAt, readable: true);
                if (entry.Figure is { } checkedFigure && options.CheckFigure?.Invoke(checkedFigure) is { } message)
                    fieldProblems.Add(new FieldProblem(FigureColumns.Quote, message));
            }
            if (!entry.Valid && entry.InvalidConflicts is { } named && entry.OwnId is { } ownId)
                NoteConflicts(ownId, named, record.Line, entry.ConflictsAt, readable: !entry.ConflictsMalformed);
            foreach (var problem in fieldProblems)
            {
                // Past the first problems of its kind, a problem is only counted: never located, never kept.
                if (!problems.Counts(problem.FieldIndex, problem.Message)) continue;
                var (line, column) = FieldLocator.Locate(batch.Raw(record), record.Line, problem.FieldIndex);
                problems.AddCounted(new Diagnostic(file, line, column, problem.Message));
            }
            if (!entry.Valid || fieldProblems.Count > 0) continue;
            Valid++;
            if (!entry.Kept) continue;
            Figures.Add(entry.Figure!);
            Lines.Add(record.Line);
        }
        if (_attributions.Count < MaxAttributions)
            foreach (var (name, at) in batch.Attributions) _attributions.TryAdd(name, at);
        options.Progress?.Invoke(bytesRead());
    }

    // Whether the id was new (a duplicate is reported).
    private bool CheckId(ReadOnlySpan<char> id, int hash, int line, List<FieldProblem> fieldProblems)
    {
        if (_ids.Register(id, hash, line, out var firstId, out var firstLine)) return true;
        ReportDuplicate(id, firstId, firstLine, fieldProblems);
        return false;
    }

    // Out of line: a row that names conflicts. Its ids stand one after the other from where the
    // field's text starts (ids hold no quotes or line breaks; a field that does is malformed, and then unread).
    private void NoteConflicts(string id, string conflicts, int line, (int Line, int Column) start, bool readable)
    {
        var names = conflicts.Split(ConflictsField.Separator);
        var at = new (int Line, int Column)[names.Length];
        var offset = 0;
        for (var i = 0; i < names.Length; i++)
        {
            at[i] = (start.Line, start.Column + offset);
            offset += names[i].Length + 1;
        }
        _conflicts.Add(new ConflictRelation.Row(id, line, names, at, readable));
    }

    /// <summary>
    /// The checks that need every row: each conflicts_with id names a row that names this one back,
    /// and no two attributed_to names are one body's. Problems join the others in line order; the
    /// names give <see cref="Warnings"/>. <paramref name="everyRowRead"/> is false when some record
    /// could not be read as a row: an id found nowhere may then be that row's, and is not reported.
    /// </summary>
    public void Finish(bool everyRowRead)
    {
        if (_conflicts.Count > 0)
        {
            var found = ConflictRelation.Check(_conflicts, FindRow, everyRowRead && !_someRecordsUnread);
            if (found.Count > 0) problems.MergeInLineOrder(found.Select(f => new Diagnostic(file, f.Line, f.Column, f.Message)).ToList());
        }
        foreach (var (line, column, message) in AttributionNames.Check(_attributions.Select(a => (a.Key, a.Value.Line, a.Value.Column))))
            Warnings.Add(Diagnostic.Warning(file, line, column, message));
    }

    private bool FindRow(string id, out string spelled, out int line)
    {
        if (_ids.TryFind(id, out spelled, out line)) return true;
        if (_invalidIds.TryGetValue(id, out var invalid))
        {
            (spelled, line) = invalid;
            return true;
        }
        return false;
    }


    // Out of line: CheckId runs for every row and is recompiled once hot; this rarely runs at all.
    private static void ReportDuplicate(ReadOnlySpan<char> id, string firstId, int firstLine, List<FieldProblem> fieldProblems)
    {
        var shown = Echo.Show(id.ToString());
        fieldProblems.Add(new FieldProblem(FigureColumns.Id, id.SequenceEqual(firstId)
            ? $"duplicate id '{shown}' (first used on line {firstLine})"
            : $"id '{shown}' differs only in case from id '{Echo.Show(firstId)}' on line {firstLine}"));
    }
}
