namespace Figures.Core.Diagnostics;

/// <summary>
/// The problems of one file, in file order, with memory bounded: the first <see cref="PerKind"/> of
/// each kind are kept, the rest only counted, so two million rows of empty fields report their
/// first problems and an exact total instead of holding every message.
/// A kind is a problem's column with its message's wording: the message without what it quotes
/// ('...') and without digits, so "unknown metric 'x'" and "unknown metric 'y'" are one kind, and
/// "duplicate id 'a' (first used on line 3)" and "... line 9" another.
/// </summary>
public sealed class ProblemList : IReadOnlyList<Diagnostic>
{
    /// <summary>How many problems of one kind are kept and shown.</summary>
    public const int PerKind = 200;

    /// <summary>How many kinds are told apart; a file with more wordings than this is unusual.</summary>
    public const int MaxKinds = 500;

    private Kind? _last;

    private readonly List<Diagnostic> _kept = [];
    // Made at the first problem, keyed by column (high half) and wording: a valid file never builds it.
    private Dictionary<long, Kind>? _kinds;

    /// <summary>Every problem added, kept or not.</summary>
    public long Total { get; private set; }

    /// <summary>The severity of the most severe problem added, kept or not; null when none was.</summary>
    public Severity? Severity { get; private set; }

    /// <summary>The problems kept, in the order added.</summary>
    public int Count => _kept.Count;

    /// <inheritdoc />
    public Diagnostic this[int index] => _kept[index];

    /// <summary>Kinds with problems that were counted but not kept: the first kept one of each, and how many more there were.</summary>
    public IEnumerable<(Diagnostic First, long Omitted)> Omitted =>
        (_kinds?.Values ?? Enumerable.Empty<Kind>()).Where(k => k.Count > PerKind).OrderBy(k => k.Order).Select(k => (k.First!, k.Count - PerKind));

    /// <summary>Adds a problem whose column is not known.</summary>
    public void Add(Diagnostic problem) => Add(problem, -1);

    /// <summary>Adds a problem of column <paramref name="column"/> (-1 for the record or the file).</summary>
    public void Add(Diagnostic problem, int column)
    {
        if (Counts(column, problem.Message, problem.Severity)) AddCounted(problem);
    }

    /// <summary>Adds problems whose column is not known.</summary>
    public void AddRange(IEnumerable<Diagnostic> problems)
    {
        foreach (var problem in problems) Add(problem);
    }

    /// <summary>
    /// Counts a problem before it is located and built, and says whether it is to be kept (then pass
    /// it to <see cref="AddCounted"/>); one that is not costs no location and no message.
    /// </summary>
    public bool Counts(int column, string message, Severity severity = Diagnostics.Severity.Invalid)
    {
        Total++;
        if (Severity is null || severity > Severity) Severity = severity;
        var kinds = _kinds ??= [];
        var key = Key(column, kinds.Count < MaxKinds ? Wording(message) : 0);
        if (!kinds.TryGetValue(key, out var kind))
        {
            // Past MaxKinds, new wordings of a column share one kind, so the kinds stay bounded too.
            if (kinds.Count >= MaxKinds) key = Key(column, 0);
            if (!kinds.TryGetValue(key, out kind))
            {
                kind = new Kind { Order = kinds.Count };
                kinds[key] = kind;
            }
        }
        kind.Count++;
        _last = kind;
        return kind.Count <= PerKind;
    }

    /// <summary>Adds the problem <see cref="Counts"/> just said to keep.</summary>
    public void AddCounted(Diagnostic problem)
    {
        _kept.Add(problem);
        if (_last is { First: null } kind) kind.First = problem;
    }

    /// <summary>
    /// Adds problems found after the others (by checks that need every row), each kept one placed
    /// before the first kept problem on a later line, so the report stays in file order.
    /// </summary>
    public void MergeInLineOrder(IReadOnlyList<Diagnostic> found)
    {
        var kept = new List<Diagnostic>();
        foreach (var problem in found)
        {
            if (!Counts(-1, problem.Message, problem.Severity)) continue;
            kept.Add(problem);
            if (_last is { First: null } kind) kind.First = problem;
        }
        var merged = new List<Diagnostic>(_kept.Count + kept.Count);
        var next = 0;
        foreach (var problem in _kept)
        {
            while (next < kept.Count && kept[next].Line < problem.Line) merged.Add(kept[next++]);
            merged.Add(problem);
        }
        while (next < kept.Count) merged.Add(kept[next++]);
        _kept.Clear();
        _kept.AddRange(merged);
    }

    private static long Key(int column, int wording) => ((long)column << 32) | (uint)wording;

    // A hash of the message without its quoted parts and digits: what stays the same across rows.
    private static int Wording(string message)
    {
        var hash = new HashCode();
        var quoted = false;
        foreach (var c in message)
        {
            if (c == '\'')
            {
                quoted = !quoted;
                continue;
            }
            if (quoted || char.IsAsciiDigit(c)) continue;
            hash.Add(c);
        }
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public IEnumerator<Diagnostic> GetEnumerator() => _kept.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Kind
    {
        public int Order;
        public long Count;
        public Diagnostic? First;
    }
}
