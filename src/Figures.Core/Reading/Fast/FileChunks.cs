using Microsoft.Win32.SafeHandles;

namespace Figures.Core.Reading.Fast;

/// <summary>A run of whole records in a file: bytes [Start, End), whose first byte is on line FirstLine.</summary>
internal readonly record struct FileChunk(long Start, long End, int FirstLine)
{
    /// <summary>The chunk's length in bytes.</summary>
    public int Length => (int)(End - Start);

    /// <summary>Whether the chunk holds no bytes (no record starts in its range).</summary>
    public bool IsEmpty => End <= Start;
}

/// <summary>A chunk and its bytes, in a buffer that goes back through <see cref="FileChunks.Release"/>.</summary>
internal readonly record struct ChunkBytes(FileChunk Chunk, byte[] Buffer, int Offset)
{
    /// <summary>The chunk's bytes.</summary>
    public ReadOnlyMemory<byte> Bytes => Buffer.AsMemory(Offset, Chunk.Length);
}

/// <summary>
/// Cuts a CSV file into chunks that start on record boundaries, so that each can be parsed on its
/// own core. A line feed ends a record exactly when an even number of quote characters precede it:
/// in well-formed CSV every quote opens a field, closes it, or is one of a doubled pair. One thread
/// reads the file in fixed ranges, in order and ahead of the parsers, and counts each range's quotes
/// and line feeds; chunk <c>k</c> then runs from the first line feed outside quotes in range <c>k</c>
/// to the first in range <c>k + 1</c>. The census reads each range once, with a few bytes past its
/// end where that next boundary usually is, and hands the buffer to the parser: the file is read
/// once. A file whose quoting is broken is cut in the wrong places, but then some chunk meets a
/// malformed record, and the caller reads the file in one pass instead (see <see cref="ChunkedFigureReader"/>).
/// </summary>
internal sealed class FileChunks : IDisposable
{
    // Read past each range: the next range's first record boundary is almost always within it.
    private const int Slack = 4 * 1024;
    // The census counts in blocks of this size, each right after reading it, while it is in cache.
    private const int CountBlock = 64 * 1024;

    private readonly SafeFileHandle _file;
    private readonly long _length;
    private readonly int _rangeBytes;
    private readonly int _ahead;
    private readonly long[] _quotesBefore;
    private readonly long[] _linesBefore;
    private readonly byte[]?[] _buffers;
    private readonly int[] _filled;
    private readonly Stack<byte[]> _spare = new();
    private readonly object _gate = new();
    private int _counted; // ranges counted so far
    private int _held; // buffers read and not yet released
    private bool _unsure; // a lone carriage return, or the census failed
    private volatile bool _stopping;
    private readonly Thread _census;

    /// <summary>
    /// Starts reading a file of <paramref name="length"/> bytes in ranges of about
    /// <paramref name="rangeBytes"/>, at most <paramref name="ahead"/> ranges in memory at once
    /// (which must exceed the number of chunks being parsed at once).
    /// </summary>
    public FileChunks(SafeFileHandle file, long length, int rangeBytes, int ahead)
    {
        _file = file;
        _length = length;
        _rangeBytes = rangeBytes;
        _ahead = ahead;
        Count = (int)((length + rangeBytes - 1) / rangeBytes);
        _quotesBefore = new long[Count + 1];
        _linesBefore = new long[Count + 1];
        _buffers = new byte[Count][];
        _filled = new int[Count];
        // A thread of its own: the parsers on the pool wait for it, so it must never queue behind them.
        _census = new Thread(Census) { IsBackground = true, Name = "figures census" };
        _census.Start();
    }

    /// <summary>The number of chunks (some may be empty).</summary>
    public int Count { get; }

    /// <summary>
    /// Chunk <paramref name="index"/> and its bytes, waiting for the census as far as it needs; null
    /// when the chunks cannot be trusted: a carriage return that does not end a CRLF pair (CsvHelper
    /// counts it as a line break, and the line numbers would not add up), a record longer than
    /// <paramref name="maxRecord"/> bytes, or a failed read. Each chunk is taken once; its buffer goes
    /// back through <see cref="Release"/>.
    /// </summary>
    public ChunkBytes? Take(int index, int maxRecord)
    {
        byte[] buffer;
        int filled;
        lock (_gate)
        {
            // A chunk's start and end need the counts of the ranges up to its own.
            while (_counted <= index && !_unsure && !_stopping) Monitor.Wait(_gate);
            if (_unsure || _stopping || _counted <= index) return null;
            buffer = _buffers[index]!;
            filled = _filled[index];
            _buffers[index] = null;
        }
        var rangeStart = index * (long)_rangeBytes;
        var rangeLength = (int)(Math.Min(_length, rangeStart + _rangeBytes) - rangeStart);
        var start = index == 0 ? (At: 0, Lines: 0L) : Boundary(buffer, 0, rangeLength, _quotesBefore[index], _linesBefore[index]);
        if (start.At < 0)
        {
            // No record starts in this range: the previous chunk runs through it.
            return new ChunkBytes(new FileChunk(rangeStart, rangeStart, 0), buffer, 0);
        }
        var end = rangeLength;
        if (index < Count - 1)
        {
            try
            {
                end = NextBoundary(ref buffer, ref filled, rangeStart, rangeLength, maxRecord, index + 1);
            }
            catch (IOException)
            {
                end = -1; // the one-pass read reports it
            }
            if (end < 0)
            {
                Release(buffer);
                return null;
            }
        }
        var chunk = new FileChunk(rangeStart + start.At, rangeStart + end, (int)(1 + start.Lines));
        return new ChunkBytes(chunk, buffer, start.At);
    }

    /// <summary>Gives back the buffer of a taken chunk.</summary>
    public void Release(byte[] buffer)
    {
        lock (_gate)
        {
            // Kept for the next range, unless it was enlarged for a long record.
            if (buffer.Length == BufferBytes) _spare.Push(buffer);
            _held--;
            Monitor.PulseAll(_gate);
        }
    }

    private int BufferBytes => _rangeBytes + Slack;

    /// <summary>Stops the census and waits for it, so that it never reads the file after its owner closes it.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stopping = true;
            Monitor.PulseAll(_gate);
        }
        _census.Join();
    }

    private void Census()
    {
        try
        {
            for (var range = 0; range < Count; range++)
            {
                byte[]? buffer;
                lock (_gate)
                {
                    // Bounded memory: wait while enough ranges are read and not yet parsed.
                    while (_held >= _ahead && !_stopping && !_unsure) Monitor.Wait(_gate);
                    if (_stopping || _unsure) return; // nobody will take more ranges
                    _held++;
                    _spare.TryPop(out buffer);
                }
                buffer ??= GC.AllocateUninitializedArray<byte>(BufferBytes);
                var start = range * (long)_rangeBytes;
                var end = Math.Min(_length, start + _rangeBytes);
                var filled = (int)(Math.Min(_length, end + Slack) - start);
                var (quotes, lineFeeds, loneReturns) = ReadAndCount(buffer, start, (int)(end - start), filled);
                lock (_gate)
                {
                    if (_stopping) return; // the read may have been cut short: publish nothing
                    _buffers[range] = buffer;
                    _filled[range] = filled;
                    _quotesBefore[range + 1] = _quotesBefore[range] + quotes;
                    _linesBefore[range + 1] = _linesBefore[range] + lineFeeds;
                    _unsure |= loneReturns > 0 || _linesBefore[range + 1] >= int.MaxValue;
                    _counted = range + 1;
                    Monitor.PulseAll(_gate);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            lock (_gate)
            {
                _unsure = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    // Reads `filled` bytes at `start` into the buffer, counting the first `rangeLength` as it goes.
    private (long Quotes, long LineFeeds, long LoneReturns) ReadAndCount(byte[] buffer, long start, int rangeLength, int filled)
    {
        long quotes = 0, lineFeeds = 0, loneReturns = 0;
        for (var at = 0; at < filled && !_stopping; at += CountBlock)
        {
            var read = ReadExactly(_file, buffer.AsSpan(at, Math.Min(CountBlock, filled - at)), start + at);
            if (at >= rangeLength) continue;
            var block = read[..Math.Min(read.Length, rangeLength - at)];
            quotes += block.Count((byte)'"');
            lineFeeds += block.Count((byte)'\n');
            var returns = block.Count((byte)'\r');
            if (returns == 0) continue;
            // One byte past the block, to see whether a carriage return at its end starts a CRLF pair.
            var pairEnd = Math.Min(filled, at + block.Length + 1);
            if (pairEnd > at + read.Length) ReadExactly(_file, buffer.AsSpan(at + read.Length, pairEnd - at - read.Length), start + at + read.Length);
            loneReturns += returns - buffer.AsSpan(at, pairEnd - at).Count("\r\n"u8);
        }
        return (quotes, lineFeeds, loneReturns);
    }

    // The first record start in range `next`, as an offset in the buffer of the range before it,
    // reading further into the file when the census's slack does not reach it; -1 when none comes
    // within `maxRecord` bytes of that range's end. The end of the file is a record start.
    private int NextBoundary(ref byte[] buffer, ref int filled, long rangeStart, int rangeLength, int maxRecord, int next)
    {
        var limit = (int)Math.Min(_length - rangeStart, (long)rangeLength + _rangeBytes + maxRecord);
        var from = rangeLength;
        var quotes = _quotesBefore[next];
        while (true)
        {
            var (at, _, quoteCount) = Scan(buffer.AsSpan(from, filled - from), quotes);
            if (at >= 0) return from + at;
            if (filled >= limit) return filled == _length - rangeStart ? filled : -1;
            quotes += quoteCount;
            from = filled;
            var more = (int)Math.Min(limit, (long)filled + Math.Max(filled, CountBlock)) - filled;
            if (filled + more > buffer.Length)
            {
                var bigger = GC.AllocateUninitializedArray<byte>(filled + more);
                buffer.AsSpan(0, filled).CopyTo(bigger);
                buffer = bigger;
            }
            ReadExactly(_file, buffer.AsSpan(filled, more), rangeStart + filled);
            filled += more;
        }
    }

    // The first record start in the buffer's [from, to), and the line feeds before it; (-1, 0)
    // when none is there.
    private static (int At, long Lines) Boundary(byte[] buffer, int from, int to, long quotesBefore, long linesBefore)
    {
        var (at, lines, _) = Scan(buffer.AsSpan(from, to - from), quotesBefore);
        return at < 0 ? (-1, 0) : (from + at, linesBefore + lines);
    }

    // The offset just past the first line feed outside quotes, given the quotes before the span;
    // with the line feeds up to it (or in all of the span, when there is none), and the quotes seen.
    private static (int At, long Lines, long Quotes) Scan(ReadOnlySpan<byte> bytes, long quotesBefore)
    {
        var inQuotes = (quotesBefore & 1) == 1;
        long lines = 0, quotes = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var next = bytes[i..].IndexOfAny((byte)'"', (byte)'\n');
            if (next < 0) break;
            i += next;
            if (bytes[i] == '"')
            {
                inQuotes = !inQuotes;
                quotes++;
            }
            else
            {
                lines++;
                if (!inQuotes) return (i + 1, lines, quotes);
            }
            i++;
        }
        return (-1, lines, quotes);
    }

    /// <summary>Reads exactly <paramref name="into"/>.Length bytes at <paramref name="offset"/>.</summary>
    public static Span<byte> ReadExactly(SafeFileHandle file, Span<byte> into, long offset)
    {
        var done = 0;
        while (done < into.Length)
        {
            var read = RandomAccess.Read(file, into[done..], offset + done);
            if (read == 0) throw new IOException("the file became shorter while it was read");
            done += read;
        }
        return into;
    }
}
