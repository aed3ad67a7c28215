using CsvHelper;
using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Validation;

namespace Figures.Core.Reading;

/// <summary>
/// A run of consecutive records on their way through the reader: each record is checked as it is
/// read (<see cref="AddChecked"/>), and nothing of a valid row is copied but its id; the results are
/// then collected in file order (<see cref="ParsedRowCollector"/>), a batch at a time, so that what
/// needs the whole file runs once per batch. Fields become strings only for kept figures, and a
/// batch is reused, so a large file costs a few buffers.
/// </summary>
internal sealed class RowBatch
{
    /// <summary>Records per batch: large enough to amortise a task, small enough to bound memory.</summary>
    public const int Capacity = 2048;

    // Buffers start small (a curated file has a few dozen rows) and grow to what the file needs.
    // Where each record is, and what checking it found, side by side by entry index.
    private Record[] _records = new Record[64];
    private Result[] _results = new Result[64];
    private byte[] _raw = new byte[64 * 1024];
    private char[] _ids = new char[4096];
    private int _idLength;
    private int _count;
    private int _rawLength;
    private int _rows;
    // The first use in this batch of each distinct attributed_to (bounded: see NoteAttribution).
    private readonly Dictionary<string, (int Line, int Column)> _attributions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)>.AlternateLookup<ReadOnlySpan<char>> _attributionLookup;
    // The first few names this batch has seen, in this use or an earlier one (always of an earlier
    // part of the file, whose first uses are collected already): most rows find theirs here by a
    // plain comparison, without hashing it (hashing every row's name cost 2% of a 1M-row validate).
    private readonly string[] _seen = new string[8];
    private int _seenCount;

    /// <summary>An empty batch.</summary>
    public RowBatch() => _attributionLookup = _attributions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Number of entries.</summary>
    public int Count => _count;

    /// <summary>Whether the batch is full.</summary>
    public bool IsFull => _rows >= Capacity;

    /// <summary>Adds problems found while reading, to be reported in file order.</summary>
    public void AddProblems(IReadOnlyList<Diagnostic> problems)
    {
        Add(new Record(Line: 0, RawStart: 0, RawLength: 0, IsProblems: true));
        _results[_count - 1].Fixed = problems;
    }

    /// <summary>
    /// Checks the reader's current record right away, copying no field. The raw bytes are kept only
    /// when the collector may have to point into them (the row has problems, or an extra check may find one).
    /// </summary>
    public void AddChecked(CsvReader csv, int line, bool[]? skip, RowChecker checker)
    {
        // The record has as many fields as the header: all the columns, or all but conflicts_with.
        checker.Row.Decode(csv, csv.FieldCount, skip);
        var result = default(Result);
        Check(checker, csv.RawRecord, line, ref result);
        var rawStart = _rawLength;
        if (result.Problems is not null || checker.Options.CheckFigure is not null)
            Append(ref _raw, ref _rawLength, csv.RawRecord);
        Add(new Record(line, rawStart, _rawLength - rawStart, IsProblems: false));
        _results[_count - 1] = result;
        _rows++;
    }

    private void Check(RowChecker checker, ReadOnlySpan<byte> raw, int line, ref Result result)
    {
        var row = checker.Row;
        checker.Found.Clear();
        if (!FigureRowParser.TryCheck(row, checker.Found, out var values))
        {
            result.Problems = [.. checker.Found];
            NoteInvalid(checker, raw, line, ref result);
            return;
        }
        if (row[FigureColumns.ConflictsWith].Length > 0)
        {
            // Where it stands is found here, while the record's bytes are at hand.
            (result.ConflictsStart, result.ConflictsLength) = Keep(row[FigureColumns.ConflictsWith]);
            result.ConflictsAt = FieldLocator.LocateIn(raw, line, FigureColumns.ConflictsWith, 0);
        }
        var attribution = row[FigureColumns.AttributedTo];
        if (attribution.Length > 0 && !SeenBefore(attribution)) NoteAttribution(attribution, raw, line);
        var id = row[FigureColumns.Id];
        result.Valid = true;
        result.IdHash = IdRegister.Hash(id);
        (result.IdStart, result.IdLength) = Keep(id);
        var options = checker.Options;
        result.Kept = !options.ValidateOnly && (options.Keep is null || options.Keep(FigureRowParser.Facets(row, values)));
        if (result.Kept || options.CheckFigure is not null) result.Figure = FigureRowParser.Build(row, values, checker.Pool);
    }

    // Copies text the collector needs (an id, a conflicts_with) into the batch's character buffer: no string per row.
    private (int Start, int Length) Keep(ReadOnlySpan<char> text)
    {
        var start = _idLength;
        if (_idLength + text.Length > _ids.Length) Array.Resize(ref _ids, Math.Max(_ids.Length * 2, _idLength + text.Length));
        text.CopyTo(_ids.AsSpan(_idLength));
        _idLength += text.Length;
        return (start, text.Length);
    }

    // An invalid row's id still names a row (conflicts_with may point at it), and its conflicts_with,
    // when that field is sound, still says what it names.
    private static void NoteInvalid(RowChecker checker, ReadOnlySpan<byte> raw, int line, ref Result result)
    {
        var id = checker.Row[FigureColumns.Id].Trim();
        if (id.Length > 0) result.OwnId = id.ToString();
        if (checker.Row[FigureColumns.ConflictsWith].Length == 0) return;
        result.InvalidConflicts = checker.Row.String(FigureColumns.ConflictsWith);
        result.ConflictsAt = FieldLocator.LocateIn(raw, line, FigureColumns.ConflictsWith, 0);
        result.ConflictsMalformed = checker.Found.Exists(problem => problem.FieldIndex == FigureColumns.ConflictsWith);
    }

    private bool SeenBefore(ReadOnlySpan<char> attribution)
    {
        for (var i = 0; i < _seenCount; i++)
            if (attribution.SequenceEqual(_seen[i])) return true;
        return false;
    }

    // A name not among the few seen: where it stands, unless this use of the batch has it already.
    // A batch holds at most Capacity rows, so at most that many names.
    private void NoteAttribution(ReadOnlySpan<char> attribution, ReadOnlySpan<byte> raw, int line)
    {
        if (_attributionLookup.ContainsKey(attribution)) return;
        var name = attribution.ToString();
        _attributions.Add(name, FieldLocator.Locate(raw, line, FigureColumns.AttributedTo));
        if (_seenCount < _seen.Length) _seen[_seenCount++] = name;
    }

    /// <summary>The first use in this batch of each distinct attributed_to of a valid row.</summary>
    public IReadOnlyDictionary<string, (int Line, int Column)> Attributions => _attributions;

    /// <summary>The id of a valid row's entry.</summary>
    public ReadOnlySpan<char> Id(in Result result) => _ids.AsSpan(result.IdStart, result.IdLength);

    /// <summary>The conflicts_with of an entry, empty when it has none.</summary>
    public ReadOnlySpan<char> Conflicts(in Result result) =>
        result.InvalidConflicts is { } invalid ? invalid : _ids.AsSpan(result.ConflictsStart, result.ConflictsLength);

    /// <summary>Where entry <paramref name="index"/> was read from.</summary>
    public ref readonly Record RecordAt(int index) => ref _records[index];

    /// <summary>What checking entry <paramref name="index"/> found, after <see cref="AddChecked"/>.</summary>
    public ref readonly Result ResultAt(int index) => ref _results[index];

    /// <summary>The raw bytes of a record.</summary>
    public ReadOnlySpan<byte> Raw(in Record record) => _raw.AsSpan(record.RawStart, record.RawLength);

    /// <summary>Empties the batch for reuse, keeping its buffers.</summary>
    public void Clear()
    {
        Array.Clear(_results, 0, _count); // let go of the figures and problems
        _attributions.Clear();
        _count = _rawLength = _idLength = _rows = 0;
    }

    private void Add(in Record record)
    {
        if (_count == _records.Length)
        {
            Array.Resize(ref _records, _records.Length * 2);
            Array.Resize(ref _results, _records.Length);
        }
        _records[_count++] = record;
    }

    private static void Append(ref byte[] buffer, ref int length, ReadOnlySpan<byte> bytes)
    {
        if (length + bytes.Length > buffer.Length) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + bytes.Length));
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    /// <summary>
    /// Where a record's raw bytes are in the batch (kept only when needed), and the line it starts on;
    /// or, when <paramref name="IsProblems"/>, an entry that holds problems found while reading.
    /// </summary>
    internal readonly record struct Record(int Line, int RawStart, int RawLength, bool IsProblems);

    /// <summary>What checking a record found, or the problems found while reading.</summary>
    internal struct Result
    {
        /// <summary>Problems found while reading, already located.</summary>
        public IReadOnlyList<Diagnostic>? Fixed;
        /// <summary>Whether the row's fields are valid (the file-wide id check is still to come).</summary>
        public bool Valid;
        /// <summary>Where a valid row's id is in the batch (see <see cref="Id"/>), and its hash for <see cref="IdRegister"/>.</summary>
        public int IdStart, IdLength, IdHash;
        /// <summary>Whether the options keep this valid row's figure.</summary>
        public bool Kept;
        /// <summary>The figure, when it is kept or an extra check needs it.</summary>
        public Figure? Figure;
        /// <summary>Problems of the row's fields, not yet located; null when it has none.</summary>
        public List<FieldProblem>? Problems;
        /// <summary>Where a valid row's conflicts_with is in the batch (see <see cref="Conflicts"/>); length 0 when empty.</summary>
        public int ConflictsStart, ConflictsLength;
        /// <summary>Where a non-empty conflicts_with's first id stands in the file.</summary>
        public (int Line, int Column) ConflictsAt;
        /// <summary>An invalid row's conflicts_with, when not empty.</summary>
        public string? InvalidConflicts;
        /// <summary>Whether <see cref="InvalidConflicts"/> has a problem of its own, so what it names is unknown.</summary>
        public bool ConflictsMalformed;
        /// <summary>An invalid row's id, when it has one: the row exists for conflicts_with, though it is not valid.</summary>
        public string? OwnId;
    }
}
