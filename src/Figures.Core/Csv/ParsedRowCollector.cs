using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Validation;

namespace Figures.Core.Csv;

/// <summary>
/// Takes parsed batches in file order and does what needs the whole file so far: unique ids, the
/// optional per-figure check, locating each problem, and keeping the figures the options ask for.
/// </summary>
internal sealed class ParsedRowCollector(string file, FigureReadOptions options, ProblemList problems, Func<long> bytesRead)
{
    private readonly IdRegister _ids = new();
    // Stands in for the problems of a valid row, which has none until the id check: no list per row.
    private readonly List<FieldProblem> _noProblems = [];

    private readonly List<byte[]> _segments = [];
    private int _renderedCount;

    /// <summary>The rows formatted with <see cref="FigureReadOptions.Render"/>, when asked for and the file is valid.</summary>
    public RenderedRows? Rendered(ProblemList fileProblems) =>
        options.Render is { } format && fileProblems.Count == 0 ? new RenderedRows(format, _segments, _renderedCount) : null;

    /// <summary>The figures kept.</summary>
    public List<Figure> Figures { get; } = [];
    /// <summary>The line of each kept figure.</summary>
    public List<int> Lines { get; } = [];
    /// <summary>Valid rows, kept or not.</summary>
    public int Valid { get; private set; }

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
                continue;
            }
            ref readonly var record = ref batch.RecordAt(e);
            _noProblems.Clear();
            var fieldProblems = entry.Problems ?? _noProblems;
            if (entry.Valid)
            {
                CheckId(batch.Id(entry), entry.IdHash, record.Line, fieldProblems);
                if (entry.Figure is { } checkedFigure && options.CheckFigure?.Invoke(checkedFigure) is { } message)
                    fieldProblems.Add(new FieldProblem(FigureColumns.Quote, message));
            }
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
            if (options.Render is not null)
            {
                _renderedCount++;
                continue;
            }
            Figures.Add(entry.Figure!);
            Lines.Add(record.Line);
        }
        // A row kept but then refused (a duplicate id, a failed extra check) makes the whole file
        // invalid, and then nothing of it is exported: the batch's rows go in whole.
        if (options.Render is not null && batch.Rendered.Length > 0) _segments.Add(Copy(batch.Rendered));
        options.Progress?.Invoke(bytesRead());
    }

    // A copy of a batch's formatted rows; not zeroed first, since it is overwritten whole (a large list holds 100+ MB of them).
    private static byte[] Copy(ReadOnlySpan<byte> rows)
    {
        var copy = GC.AllocateUninitializedArray<byte>(rows.Length);
        rows.CopyTo(copy);
        return copy;
    }

    private void CheckId(ReadOnlySpan<char> id, int hash, int line, List<FieldProblem> fieldProblems)
    {
        if (!_ids.Register(id, hash, line, out var firstId, out var firstLine)) ReportDuplicate(id, firstId, firstLine, fieldProblems);
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
