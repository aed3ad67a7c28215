using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Validation;

namespace Figures.Core.Csv;

/// <summary>
/// A run of consecutive records on their way through the reader: the main thread fills it (fields,
/// lines, a copy of the raw bytes for locating problems, and problems already found such as broken
/// quoting), a worker parses its rows, and the main thread then takes the results in file order.
/// </summary>
internal sealed class RowBatch
{
    /// <summary>Records per batch: large enough to amortise a task, small enough to bound memory.</summary>
    public const int Capacity = 2048;

    private readonly List<Entry> _entries = new(Capacity);
    private byte[] _raw = new byte[Capacity * 512];
    private int _rawLength;

    /// <summary>Number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>Whether the batch is full.</summary>
    public bool IsFull => _entries.Count >= Capacity;

    /// <summary>Adds a record to parse.</summary>
    public void AddRow(string[] fields, int line, ReadOnlySpan<byte> raw)
    {
        if (_rawLength + raw.Length > _raw.Length) Array.Resize(ref _raw, Math.Max(_raw.Length * 2, _rawLength + raw.Length));
        raw.CopyTo(_raw.AsSpan(_rawLength));
        _entries.Add(new Entry { Fields = fields, Line = line, RawStart = _rawLength, RawLength = raw.Length });
        _rawLength += raw.Length;
    }

    /// <summary>Adds problems found while reading, to be reported in file order.</summary>
    public void AddProblems(IReadOnlyList<Diagnostic> problems) => _entries.Add(new Entry { Fixed = problems });

    /// <summary>Parses every row (on a worker thread).</summary>
    public void Parse()
    {
        foreach (var entry in _entries)
        {
            if (entry.Fields is null) continue;
            entry.Problems = [];
            entry.Figure = FigureRowParser.Parse(entry.Fields, entry.Problems);
            entry.Fields = null; // the strings the figure does not keep can go
        }
    }

    /// <summary>The entries in file order, after <see cref="Parse"/>.</summary>
    public IReadOnlyList<Entry> Entries => _entries;

    /// <summary>The raw bytes of an entry's record.</summary>
    public ReadOnlySpan<byte> Raw(Entry entry) => _raw.AsSpan(entry.RawStart, entry.RawLength);

    /// <summary>One record, or a set of problems found while reading.</summary>
    internal sealed class Entry
    {
        /// <summary>Fields to parse (null once parsed, and for problem entries).</summary>
        public string[]? Fields { get; set; }
        /// <summary>Line where the record starts.</summary>
        public int Line { get; init; }
        /// <summary>Offset of the raw record in the batch.</summary>
        public int RawStart { get; init; }
        /// <summary>Length of the raw record.</summary>
        public int RawLength { get; init; }
        /// <summary>Problems found while reading, already located.</summary>
        public IReadOnlyList<Diagnostic>? Fixed { get; init; }
        /// <summary>The parsed figure, or null when the row is invalid.</summary>
        public Figure? Figure { get; set; }
        /// <summary>Problems of the row's fields, not yet located.</summary>
        public List<FieldProblem>? Problems { get; set; }
    }
}
