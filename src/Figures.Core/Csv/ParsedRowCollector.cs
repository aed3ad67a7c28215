using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Validation;

namespace Figures.Core.Csv;

/// <summary>
/// Takes parsed batches in file order and does what needs the whole file so far: unique ids, the
/// optional per-figure check, locating each problem, and keeping the figures the options ask for.
/// </summary>
internal sealed class ParsedRowCollector(string file, FigureReadOptions options, List<Diagnostic> problems, Func<long> bytesRead)
{
    private readonly Dictionary<string, (string Id, int Line)> _ids = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The figures kept.</summary>
    public List<Figure> Figures { get; } = [];
    /// <summary>The line of each kept figure.</summary>
    public List<int> Lines { get; } = [];
    /// <summary>Valid rows, kept or not.</summary>
    public int Valid { get; private set; }

    /// <summary>Collects one batch.</summary>
    public void Collect(RowBatch batch)
    {
        foreach (var entry in batch.Entries)
        {
            if (entry.Fixed is not null)
            {
                problems.AddRange(entry.Fixed);
                continue;
            }
            var fieldProblems = entry.Problems!;
            var figure = entry.Figure;
            if (figure is not null)
            {
                CheckId(figure.Id, entry.Line, fieldProblems);
                if (options.CheckFigure?.Invoke(figure) is { } message) fieldProblems.Add(new FieldProblem(FigureColumns.Quote, message));
            }
            foreach (var problem in fieldProblems)
            {
                var (line, column) = FieldLocator.Locate(batch.Raw(entry), entry.Line, problem.FieldIndex);
                problems.Add(new Diagnostic(file, line, column, problem.Message));
            }
            if (figure is null || fieldProblems.Count > 0) continue;
            Valid++;
            if (options.ValidateOnly || options.Keep?.Invoke(figure) == false) continue;
            Figures.Add(figure);
            Lines.Add(entry.Line);
        }
        options.Progress?.Invoke(bytesRead());
    }

    private void CheckId(string id, int line, List<FieldProblem> fieldProblems)
    {
        if (_ids.TryGetValue(id, out var first))
        {
            fieldProblems.Add(new FieldProblem(FigureColumns.Id, first.Id == id
                ? $"duplicate id '{Echo.Show(id)}' (first used on line {first.Line})"
                : $"id '{Echo.Show(id)}' differs only in case from id '{Echo.Show(first.Id)}' on line {first.Line}"));
            return;
        }
        _ids[id] = (id, line);
    }
}
