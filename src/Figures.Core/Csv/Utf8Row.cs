using CsvHelper;

namespace Figures.Core.Csv;

/// <summary>
/// The UTF-8 bytes of one record's fields as they were read (unescaped, already checked to be
/// UTF-8): either the reader's current record, or fields laid end to end, field <c>i</c> ending at
/// <c>ends[i]</c>. An export row is written from these bytes, so its text is never decoded to
/// UTF-16 and encoded back.
/// </summary>
internal readonly ref struct Utf8Row
{
    private readonly CsvReader? _csv;
    private readonly ReadOnlySpan<byte> _fields;
    private readonly ReadOnlySpan<int> _ends;

    /// <summary>The reader's current record.</summary>
    public Utf8Row(CsvReader csv) => _csv = csv;

    /// <summary>Fields laid end to end.</summary>
    public Utf8Row(ReadOnlySpan<byte> fields, ReadOnlySpan<int> ends)
    {
        _fields = fields;
        _ends = ends;
    }

    /// <summary>
    /// Field <paramref name="column"/> exactly as the input has it, quotes and doubled quotes
    /// included; false for fields laid end to end, which keep no such form. The reader has found
    /// the record well-formed (a chunked read gives up on any other), so a field is either "..."
    /// or bare, and a bare field holds no comma, quote or line break.
    /// </summary>
    public bool TryRaw(int column, out ReadOnlySpan<byte> raw)
    {
        // A record of a file with the older header has no conflicts_with field: it reads as empty.
        raw = _csv is null || column >= _csv.FieldCount ? default : _csv.GetRawSpan(column);
        return _csv is not null && column < _csv.FieldCount;
    }

    /// <summary>The bytes of field <paramref name="column"/>; valid until the next call (the reader may unescape into one buffer).</summary>
    public ReadOnlySpan<byte> this[int column] => _csv is not null
        ? column < _csv.FieldCount ? _csv.GetSpan(column) : default
        : _fields[(column == 0 ? 0 : _ends[column - 1]).._ends[column]];
}
