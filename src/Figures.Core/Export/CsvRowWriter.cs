using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace Figures.Core.Export;

/// <summary>
/// Formats CSV records into a growing byte buffer, with the rules of CsvHelper's writer in RFC 4180
/// mode: comma-separated, LF after each record, a field quoted only when it holds a comma, a quote,
/// CR or LF (quotes doubled), and, when formulas are protected, a text field that starts with
/// = + - @ tab or CR prefixed with ' and quoted (CsvInjection.Escape). CsvHelper's general-purpose
/// writer cost about 3.5 µs a row of figures.csv on this machine, most of it per-field bookkeeping
/// that this fixed layout does not need; this one costs a fraction of that (see
/// docs/performance.md). A property test holds the two writers to the same bytes for any text.
/// </summary>
internal sealed class CsvRowWriter(bool protectFormulas)
{
    private static readonly SearchValues<byte> NeedQuotes = SearchValues.Create(",\"\r\n"u8);

    private byte[] _buffer = new byte[64 * 1024];
    private byte[] _scratch = new byte[1024];
    private int _length;
    private bool _recordStarted;
    private int _recordStart;

    /// <summary>The records written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Forgets what was written, keeping the buffer.</summary>
    public void Clear()
    {
        _length = _recordStart = 0;
        _recordStarted = false;
    }

    /// <summary>Writes a text field.</summary>
    public void Text(ReadOnlySpan<char> text)
    {
        // The UTF-8 of the text, written as such. UTF-8 takes at most three bytes per UTF-16 character.
        if (_scratch.Length < 3 * text.Length) _scratch = new byte[Math.Max(3 * text.Length, 2 * _scratch.Length)];
        Utf8.FromUtf16(text, _scratch, out _, out var written); // lone surrogates become U+FFFD, as CsvHelper writes them
        Utf8Text(_scratch.AsSpan(0, written));
    }

    // Writes a text field given as UTF-8. Every character the rules look at is ASCII, and in UTF-8 an
    // ASCII byte is always that character.
    private void Utf8Text(ReadOnlySpan<byte> text)
    {
        // Quoting at most doubles the bytes, plus the quotes and the formula mark.
        var room = Separate(2 * text.Length + 3);
        var formula = protectFormulas && text.Length > 0 && IsFormulaStart(text[0]);
        if (!formula && !text.ContainsAny(NeedQuotes))
        {
            text.CopyTo(room);
            _length += text.Length;
            return;
        }
        room[0] = (byte)'"';
        var at = 1;
        if (formula) room[at++] = (byte)'\'';
        while (true)
        {
            var quote = text.IndexOf((byte)'"');
            var part = quote < 0 ? text : text[..(quote + 1)];
            part.CopyTo(room[at..]);
            at += part.Length;
            if (quote < 0) break;
            room[at++] = (byte)'"'; // the quote, doubled
            text = text[(quote + 1)..];
        }
        room[at++] = (byte)'"';
        _length += at;
    }

    /// <summary>Writes a number in the invariant culture, or an empty field (never escaped: "-5" is a number, not a formula).</summary>
    public void Number(decimal? value)
    {
        var room = Separate(64);
        if (value is not { } v) return;
        // Most values are whole numbers written without a scale: they format as the integer they are.
        var written = 0;
        var formatted = v.Scale == 0 && v is >= long.MinValue and <= long.MaxValue
            ? ((long)v).TryFormat(room, out written, default, CultureInfo.InvariantCulture)
            : v.TryFormat(room, out written, default, CultureInfo.InvariantCulture);
        if (!formatted) throw new InvalidOperationException("a decimal is at most 64 bytes");
        _length += written;
    }

    /// <summary>Writes a date as yyyy-MM-dd, or an empty field.</summary>
    public void Date(DateOnly? date)
    {
        var room = Separate(10);
        if (date is not { } d) return;
        // What the "O" format gives, digit by digit: every row has up to three dates.
        var (year, month, day) = d;
        Digits(room[..4], year);
        room[4] = (byte)'-';
        Digits(room.Slice(5, 2), month);
        room[7] = (byte)'-';
        Digits(room.Slice(8, 2), day);
        _length += 10;
    }

    // Writes a non-negative number into exactly the digits given, zero-padded.
    private static void Digits(Span<byte> into, int number)
    {
        for (var i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (byte)('0' + number % 10);
            number /= 10;
        }
    }

    /// <summary>Ends the record.</summary>
    public void EndRecord()
    {
        if (!_recordStarted) throw new InvalidOperationException("a CSV record needs at least one field");
        var room = Reserve(3);
        if (_length == _recordStart)
        {
            // A record of one empty field is written "" so that it is not a blank line.
            room[0] = room[1] = (byte)'"';
            room = room[2..];
            _length += 2;
        }
        room[0] = (byte)'\n';
        _length++;
        _recordStart = _length;
        _recordStarted = false;
    }

    private static bool IsFormulaStart(byte first) => first is (byte)'=' or (byte)'+' or (byte)'-' or (byte)'@' or (byte)'\t' or (byte)'\r';

    // Writes the separator the field needs and returns room for the field itself.
    private Span<byte> Separate(int fieldBytes)
    {
        var room = Reserve(fieldBytes + 1);
        if (!_recordStarted)
        {
            _recordStarted = true;
            return room;
        }
        room[0] = (byte)',';
        _length++;
        return room[1..];
    }

    private Span<byte> Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length) Array.Resize(ref _buffer, Math.Max(2 * _buffer.Length, _length + bytes));
        return _buffer.AsSpan(_length);
    }
}
