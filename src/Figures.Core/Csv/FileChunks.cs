using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Figures.Core.Csv;

/// <summary>A run of whole records in a file: bytes [Start, End), whose first byte is on line FirstLine.</summary>
internal readonly record struct FileChunk(long Start, long End, int FirstLine)
{
    /// <summary>The chunk's length in bytes.</summary>
    public int Length => (int)(End - Start);

    /// <summary>Whether the chunk holds no bytes (no record starts in its range).</summary>
    public bool IsEmpty => End <= Start;
}

/// <summary>
/// Cuts a CSV file into chunks that start on record boundaries, so that each can be parsed on its
/// own core. A line feed ends a record exactly when an even number of quote characters precede it:
/// in well-formed CSV every quote opens a field, closes it, or is one of a doubled pair. One thread
/// counts the quotes and line feeds of fixed ranges, in order and far ahead of the parsers; chunk
/// <c>k</c> then runs from the first line feed outside quotes in range <c>k</c> to the first in
/// range <c>k + 1</c>. A file whose quoting is broken is cut in the wrong places, but then some chunk
/// meets a malformed record, and the caller reads the file in one pass instead
/// (see <see cref="ChunkedFigureReader"/>).
/// </summary>
internal sealed class FileChunks : IDisposable
{
    private const int ScanBlock = 64 * 1024;

    private readonly SafeFileHandle _file;
    private readonly long _length;
    private readonly int _rangeBytes;
    private readonly long[] _quotesBefore;
    private readonly long[] _linesBefore;
    private readonly object _gate = new();
    private int _counted; // ranges counted so far
    private bool _unsure; // a lone carriage return, or the census failed
    private volatile bool _stopping;
    private readonly Thread _census;

    /// <summary>Starts counting the ranges of a file of <paramref name="length"/> bytes, about <paramref name="rangeBytes"/> each.</summary>
    public FileChunks(SafeFileHandle file, long length, int rangeBytes)
    {
        _file = file;
        _length = length;
        _rangeBytes = rangeBytes;
        Count = (int)((length + rangeBytes - 1) / rangeBytes);
        _quotesBefore = new long[Count + 1];
        _linesBefore = new long[Count + 1];
        // A thread of its own: the parsers on the pool wait for it, so it must never queue behind them.
        _census = new Thread(Census) { IsBackground = true, Name = "figures census" };
        _census.Start();
    }

    /// <summary>The number of chunks (some may be empty).</summary>
    public int Count { get; }

    /// <summary>
    /// Chunk <paramref name="index"/>, waiting for the census as far as it needs; null when the
    /// chunks cannot be trusted: a carriage return that does not end a CRLF pair (CsvHelper counts it
    /// as a line break, and the line numbers would not add up), a record longer than
    /// <paramref name="maxRecord"/> bytes, or a failed read.
    /// </summary>
    public FileChunk? Get(int index, int maxRecord)
    {
        var last = index == Count - 1;
        if (!WaitFor(last ? Count : index + 1)) return null;
        try
        {
            var (start, startLines) = index == 0 ? (0L, 0L) : FirstBoundary(index, maxRecord);
            if (start < 0) return null;
            var end = last ? _length : FirstBoundary(index + 1, maxRecord).At;
            if (end < 0) return null;
            return new FileChunk(start, Math.Max(start, end), (int)(1 + startLines));
        }
        catch (IOException)
        {
            return null; // the one-pass read reports it
        }
    }

    /// <summary>Stops the census and waits for it, so that it never reads the file after its owner closes it.</summary>
    public void Dispose()
    {
        _stopping = true;
        _census.Join();
    }

    private void Census()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ScanBlock + 1);
        try
        {
            for (var range = 0; range < Count && !_stopping; range++)
            {
                var (quotes, lineFeeds, loneReturns) = CountRange(buffer, range * (long)_rangeBytes, Math.Min(_length, (range + 1) * (long)_rangeBytes));
                lock (_gate)
                {
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
            Fail();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Fail()
    {
        lock (_gate)
        {
            _unsure = true;
            Monitor.PulseAll(_gate);
        }
    }

    // Waits until the first `ranges` ranges are counted; false when the chunks cannot be trusted.
    private bool WaitFor(int ranges)
    {
        lock (_gate)
        {
            while (_counted < ranges && !_unsure && !_stopping) Monitor.Wait(_gate);
            return !_unsure && _counted >= ranges;
        }
    }

    private (long Quotes, long LineFeeds, long LoneReturns) CountRange(byte[] buffer, long start, long end)
    {
        long quotes = 0, lineFeeds = 0, loneReturns = 0;
        for (var at = start; at < end && !_stopping; at += ScanBlock)
        {
            var blockEnd = Math.Min(end, at + ScanBlock);
            // One byte past the block, to see whether a carriage return at its end starts a CRLF pair.
            var read = ReadExactly(_file, buffer.AsSpan(0, (int)(Math.Min(_length, blockEnd + 1) - at)), at);
            var block = read[..(int)(blockEnd - at)];
            quotes += block.Count((byte)'"');
            lineFeeds += block.Count((byte)'\n');
            var returns = block.Count((byte)'\r');
            if (returns > 0) loneReturns += returns - read.Count("\r\n"u8);
        }
        return (quotes, lineFeeds, loneReturns);
    }

    // The first record start at or after the start of `range`, and the line feeds before it; (-1, 0)
    // when none comes within `maxRecord` bytes. The end of the file is a record start.
    private (long At, long Lines) FirstBoundary(int range, int maxRecord)
    {
        var start = range * (long)_rangeBytes;
        var inQuotes = (_quotesBefore[range] & 1) == 1;
        var lines = _linesBefore[range];
        var limit = Math.Min(_length, start + _rangeBytes + (long)maxRecord);
        var buffer = ArrayPool<byte>.Shared.Rent(ScanBlock);
        try
        {
            for (var at = start; at < limit; at += ScanBlock)
            {
                var block = ReadExactly(_file, buffer.AsSpan(0, (int)Math.Min(ScanBlock, limit - at)), at);
                var i = 0;
                while (i < block.Length)
                {
                    var next = block[i..].IndexOfAny((byte)'"', (byte)'\n');
                    if (next < 0) break;
                    i += next;
                    if (block[i] == '"')
                    {
                        inQuotes = !inQuotes;
                    }
                    else
                    {
                        lines++;
                        if (!inQuotes) return (at + i + 1, lines);
                    }
                    i++;
                }
            }
            return limit == _length ? (_length, lines) : (-1, 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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
