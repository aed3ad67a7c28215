using CsvHelper;
using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Validation;

namespace Figures.Core.Csv;

/// <summary>
/// A run of consecutive records on their way through the reader. The reading thread copies each
/// record's decoded field bytes (and its raw bytes, for locating problems) into the batch; a worker
/// checks the rows and builds the figures the options keep; the reading thread then takes the
/// results in file order. Fields become strings only on the worker, and only for kept figures.
/// Batches are reused, so a large file costs a few buffers, not a few per batch.
/// </summary>
internal sealed class RowBatch
{
    /// <summary>Records per batch: large enough to amortise a task, small enough to bound memory.</summary>
    public const int Capacity = 2048;

    private static readonly int Width = FigureColumns.All.Count;

    // Buffers start small (a curated file has a few dozen rows) and grow to what the file needs.
    private Entry[] _entries = new Entry[64];
    private int[] _ends = new int[64 * Width];
    private byte[] _fields = new byte[64 * 1024];
    private byte[] _raw = new byte[64 * 1024];
    private int _count;
    private int _fieldsLength;
    private int _rawLength;
    private int _rows;

    /// <summary>Number of entries.</summary>
    public int Count => _count;

    /// <summary>Whether the batch is full.</summary>
    public bool IsFull => _rows >= Capacity;

    /// <summary>Copies the reader's current record, leaving the columns in <paramref name="skip"/> empty.</summary>
    public void AddRow(CsvReader csv, int line, bool[]? skip)
    {
        var fieldsStart = _fieldsLength;
        var endsStart = _rows * Width;
        if (endsStart + Width > _ends.Length) Array.Resize(ref _ends, _ends.Length * 2);
        for (var i = 0; i < Width; i++)
        {
            if (skip?[i] != true) Append(ref _fields, ref _fieldsLength, csv.GetSpan(i));
            _ends[endsStart + i] = _fieldsLength - fieldsStart;
        }
        var rawStart = _rawLength;
        Append(ref _raw, ref _rawLength, csv.RawRecord);
        Add(new Entry
        {
            Line = line,
            FieldsStart = fieldsStart,
            FieldsLength = _fieldsLength - fieldsStart,
            EndsStart = endsStart,
            RawStart = rawStart,
            RawLength = _rawLength - rawStart,
        });
        _rows++;
    }

    /// <summary>Adds problems found while reading, to be reported in file order.</summary>
    public void AddProblems(IReadOnlyList<Diagnostic> problems) => Add(new Entry { Fixed = problems });

    /// <summary>Checks every row and builds the figures to keep (on a worker thread).</summary>
    public void Parse(FigureReadOptions options)
    {
        var row = new RowFields(Width);
        var pool = new StringPool();
        var found = new List<FieldProblem>();
        for (var e = 0; e < _count; e++)
        {
            ref var entry = ref _entries[e];
            if (entry.Fixed is not null) continue;
            row.Decode(_fields.AsSpan(entry.FieldsStart, entry.FieldsLength), _ends.AsSpan(entry.EndsStart, Width));
            found.Clear();
            if (!FigureRowParser.TryCheck(row, found, out var values))
            {
                entry.Problems = [.. found];
                continue;
            }
            entry.Id = row.String(FigureColumns.Id);
            entry.Kept = !options.ValidateOnly && (options.Keep is null || options.Keep(FigureRowParser.Facets(row, values, pool)));
            if (entry.Kept || options.CheckFigure is not null) entry.Figure = FigureRowParser.Build(row, values, pool);
        }
    }

    /// <summary>Entry <paramref name="index"/>, in file order.</summary>
    public ref readonly Entry this[int index] => ref _entries[index];

    /// <summary>The raw bytes of an entry's record.</summary>
    public ReadOnlySpan<byte> Raw(in Entry entry) => _raw.AsSpan(entry.RawStart, entry.RawLength);

    /// <summary>Empties the batch for reuse, keeping its buffers.</summary>
    public void Clear()
    {
        Array.Clear(_entries, 0, _count); // let go of the figures and problems
        _count = _fieldsLength = _rawLength = _rows = 0;
    }

    private void Add(in Entry entry)
    {
        if (_count == _entries.Length) Array.Resize(ref _entries, _entries.Length * 2);
        _entries[_count++] = entry;
    }

    private static void Append(ref byte[] buffer, ref int length, ReadOnlySpan<byte> bytes)
    {
        if (length + bytes.Length > buffer.Length) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + bytes.Length));
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    /// <summary>One record, or a set of problems found while reading.</summary>
    internal struct Entry
    {
        /// <summary>Line where the record starts.</summary>
        public int Line;
        /// <summary>Offset of the record's field bytes in the batch.</summary>
        public int FieldsStart;
        /// <summary>Length of the record's field bytes.</summary>
        public int FieldsLength;
        /// <summary>Index of the record's first field end in the batch.</summary>
        public int EndsStart;
        /// <summary>Offset of the raw record in the batch.</summary>
        public int RawStart;
        /// <summary>Length of the raw record.</summary>
        public int RawLength;
        /// <summary>Problems found while reading, already located.</summary>
        public IReadOnlyList<Diagnostic>? Fixed;
        /// <summary>The id of a valid row (for the file-wide uniqueness check).</summary>
        public string? Id;
        /// <summary>Whether the options keep this valid row's figure.</summary>
        public bool Kept;
        /// <summary>The figure, when it is kept or an extra check needs it.</summary>
        public Figure? Figure;
        /// <summary>Problems of the row's fields, not yet located; null when it has none.</summary>
        public List<FieldProblem>? Problems;
    }
}
