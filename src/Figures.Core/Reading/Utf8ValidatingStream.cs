using System.Security.Cryptography;
using System.Text.Unicode;

namespace Figures.Core.Reading;

/// <summary>
/// A read-only pass-through stream that checks, as bytes flow by, that they are UTF-8.
/// The CSV reader would otherwise replace Latin-1 bytes with U+FFFD and quietly corrupt quotes.
/// Costs one SIMD validation pass and holds no more than one buffer. It also hashes the bytes,
/// so the brief can print a fingerprint of exactly what was read without a second pass.
/// </summary>
internal sealed class Utf8ValidatingStream(Stream inner, bool leaveOpen = false, bool hash = true) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _carry = new byte[4];
    private int _carryLength;
    private int _line = 1;
    private long _position;

    /// <summary>Bytes read so far.</summary>
    public long BytesRead => _position;

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        if (_position == 0 && read > 0) CheckStart(buffer[..read]);
        if (read > 0 && buffer[..read].Contains((byte)0))
            throw new InvalidUtf8Exception(_line + buffer[..buffer[..read].IndexOf((byte)0)].Count((byte)'\n'), _position,
                "the file contains NUL bytes: it is binary, not a UTF-8 CSV file");
        Check(buffer[..read], final: read == 0);
        if (hash) _hash.AppendData(buffer[..read]);
        return read;
    }

    /// <summary>The first 12 hex digits of the SHA-256 of the bytes read so far.</summary>
    public string Fingerprint() => hash ? Convert.ToHexStringLower(_hash.GetCurrentHash())[..12] : "";

    // UTF-16 and binary files are valid-looking to a lenient reader; name them before anything else.
    private static void CheckStart(ReadOnlySpan<byte> start)
    {
        if (Text.ByteOrderMark.ForeignEncoding(start) is { } encoding)
            throw new InvalidUtf8Exception(1, 0, $"the file is {encoding} text; save it as UTF-8 ('CSV UTF-8' in Excel)");
        var sample = start[..Math.Min(start.Length, 8192)];
        var nul = sample.IndexOf((byte)0);
        if (nul >= 0)
            throw new InvalidUtf8Exception(1 + sample[..nul].Count((byte)'\n'), nul,
                "the file contains NUL bytes: it is binary or UTF-16/UTF-32 text, not a UTF-8 CSV file");
    }

    private void Check(ReadOnlySpan<byte> chunk, bool final)
    {
        if (final)
        {
            if (_carryLength > 0) throw new InvalidUtf8Exception(_line, _position);
            return;
        }
        var start = 0;
        if (_carryLength > 0)
        {
            // Complete the sequence split across reads before validating the rest.
            var need = SequenceLength(_carry[0]) - _carryLength;
            if (need > chunk.Length) need = chunk.Length;
            Span<byte> joined = stackalloc byte[4];
            _carry.AsSpan(0, _carryLength).CopyTo(joined);
            chunk[..need].CopyTo(joined[_carryLength..]);
            var joinedLength = _carryLength + need;
            if (joinedLength < SequenceLength(_carry[0]))
            {
                _carryLength = joinedLength;
                joined[..joinedLength].CopyTo(_carry);
                _position += chunk.Length;
                return;
            }
            if (!Utf8.IsValid(joined[..joinedLength])) throw new InvalidUtf8Exception(_line, _position);
            start = need;
            _carryLength = 0;
        }
        var body = chunk[start..];
        var tail = IncompleteTail(body);
        var complete = body[..^tail];
        if (!Utf8.IsValid(complete))
        {
            var bad = FirstInvalid(complete);
            throw new InvalidUtf8Exception(_line + complete[..bad].Count((byte)'\n'), _position + start + bad);
        }
        _line += chunk.Count((byte)'\n');
        body[^tail..].CopyTo(_carry);
        _carryLength = tail;
        _position += chunk.Length;
    }

    // The number of bytes at the end that start a multi-byte sequence the next read must finish.
    private static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80) continue; // continuation byte: keep looking for the lead
            var length = SequenceLength(b);
            return length > back ? back : 0;
        }
        return 0;
    }

    private static int SequenceLength(byte lead) => lead switch
    {
        < 0x80 => 1,
        >= 0xF0 and < 0xF8 => 4,
        >= 0xE0 => 3,
        >= 0xC0 => 2,
        _ => 1,
    };

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var low = 0;
        var high = bytes.Length;
        // Binary search for the shortest invalid prefix; validity of prefixes is monotone up to split sequences.
        while (high - low > 4)
        {
            var mid = (low + high) / 2;
            if (Utf8.IsValid(bytes[..(mid - IncompleteTail(bytes[..mid]))])) low = mid; else high = mid;
        }
        return low;
    }

    /// <inheritdoc />
    public override bool CanRead => true;
    /// <inheritdoc />
    public override bool CanSeek => false;
    /// <inheritdoc />
    public override bool CanWrite => false;
    /// <inheritdoc />
    public override long Length => inner.Length;
    /// <inheritdoc />
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    /// <inheritdoc />
    public override void Flush() { }
    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();
    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
            if (!leaveOpen) inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
