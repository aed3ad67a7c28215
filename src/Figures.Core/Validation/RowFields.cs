using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using CsvHelper;
using System.Text.Unicode;

namespace Figures.Core.Validation;

/// <summary>
/// The text of one row's fields, decoded into one reusable buffer. The checks read spans, so a row
/// becomes strings only for the fields a kept figure holds, never for a row that is only validated.
/// </summary>
public sealed class RowFields
{
    private char[] _chars;
    private readonly int[] _starts;
    private readonly int[] _lengths;

    /// <summary>A reusable row of at most <paramref name="capacity"/> fields.</summary>
    public RowFields(int capacity)
    {
        _chars = new char[1024];
        _starts = new int[capacity];
        _lengths = new int[capacity];
    }

    /// <summary>Number of fields in the row.</summary>
    public int Count { get; private set; }

    /// <summary>Field <paramref name="index"/>; empty past the last field.</summary>
    public ReadOnlySpan<char> this[int index] => (uint)index < (uint)Count ? _chars.AsSpan(_starts[index], _lengths[index]) : default;

    /// <summary>Field <paramref name="index"/> as a new string.</summary>
    public string String(int index) => this[index].ToString();

    /// <summary>
    /// Decodes the reader's current record straight from the reader, leaving the columns in
    /// <paramref name="skip"/> empty. Its bytes were validated as UTF-8 when they were read.
    /// </summary>
    internal void Decode(CsvReader csv, int count, bool[]? skip)
    {
        var raw = csv.RawRecord;
        if (!Ascii.IsValid(raw))
        {
            DecodeEach(csv, count, skip);
            return;
        }
        // The common case, an ASCII record: widen the whole record at once (vectorised), and find
        // each field in it. A field the reader had to unescape ("" inside quotes) is a copy
        // elsewhere, and is widened after the record. Together they never exceed twice its length.
        Reserve(2 * raw.Length);
        Ascii.ToUtf16(raw, _chars, out _);
        var extra = raw.Length;
        ref var rawStart = ref MemoryMarshal.GetReference(raw);
        Count = count;
        for (var i = 0; i < count; i++)
        {
            var utf8 = skip?[i] == true ? default : csv.GetSpan(i);
            var offset = (long)Unsafe.ByteOffset(ref rawStart, ref MemoryMarshal.GetReference(utf8));
            if (offset >= 0 && offset + utf8.Length <= raw.Length)
            {
                _starts[i] = (int)offset;
            }
            else
            {
                Ascii.ToUtf16(utf8, _chars.AsSpan(extra), out _);
                _starts[i] = extra;
                extra += utf8.Length;
            }
            _lengths[i] = utf8.Length;
        }
    }

    // A record with non-ASCII text: each field decoded on its own.
    private void DecodeEach(CsvReader csv, int count, bool[]? skip)
    {
        Reserve(csv.RawRecord.Length);
        Count = count;
        var written = 0;
        for (var i = 0; i < count; i++)
        {
            var utf8 = skip?[i] == true ? default : csv.GetSpan(i);
            Utf8.ToUtf16(utf8, _chars.AsSpan(written), out _, out var chars);
            _starts[i] = written;
            _lengths[i] = chars;
            written += chars;
        }
    }

    // UTF-8 never takes fewer bytes than UTF-16 takes characters, so the byte count is always room enough.
    private void Reserve(int length)
    {
        if (_chars.Length < length) _chars = new char[Math.Max(length, _chars.Length * 2)];
    }
}
