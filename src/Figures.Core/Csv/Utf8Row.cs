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
    /// Field <paramref name="column"/> as the input has it when the input quoted it, quotes and
    /// doubled quotes included; empty when it did not, and for fields laid end to end. The reader
    /// has checked the record's quoting, so a field that starts with a quote is "..." exactly.
    /// </summary>
    public ReadOnlySpan<byte> Quoted(int column)
    {
        if (_csv is null) return default;
        var raw = _csv.GetRawSpan(column);
        return raw.Length >= 2 && raw[0] == (byte)'"' && raw[^1] == (byte)'"' ? raw : default;
    }

    /// <summary>The bytes of field <paramref name="column"/>; valid until the next call (the reader may unescape into one buffer).</summary>
    public ReadOnlySpan<byte> this[int column] => _csv is not null
        ? _csv.GetSpan(column)
        : _fields[(column == 0 ? 0 : _ends[column - 1]).._ends[column]];
}
