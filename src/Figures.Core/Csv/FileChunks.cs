using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Figures.Core.Csv;

/// <summary>A run of whole records in a file: bytes [Start, End), whose first byte is on line FirstLine.</summary>
internal readonly record struct FileChunk(long Start, long End, int FirstLine)
{
    /// <summary>The chunk's length in bytes.</summary>
    public int Length => (int)(End - Start);
}

/// <summary>
/// Cuts a CSV file into chunks that start on record boundaries, so that each can be parsed on its
/// own core. A line feed ends a record exactly when an even number of quote characters precede it:
/// in well-formed CSV every quote opens a field, closes it, or is one of a doubled pair. Two cheap
/// parallel passes find the cuts: one counts the quotes and line feeds of fixed ranges, the other
/// walks from each range's start to the first line feed outside quotes. A file whose quoting is
/// broken is cut in the wrong places, but then some chunk meets a malformed record, and the caller
/// reads the file in one pass instead (see <see cref="ChunkedFigureReader"/>).
/// </summary>
internal static class FileChunks
{
    private const int ScanBlock = 64 * 1024;

    /// <summary>
    /// The chunks of a file of <paramref name="length"/> bytes, about <paramref name="rangeBytes"/> each,
    /// or null when the file has a carriage return that does not end a CRLF pair: CsvHelper counts
    /// such a return as a line break, and the line numbers of the chunks would not add up.
    /// </summary>
    public static FileChunk[]? Split(SafeFileHandle file, long length, int rangeBytes)
    {
        var ranges = (int)((length + rangeBytes - 1) / rangeBytes);
        var census = new RangeCensus[ranges];
        Parallel.For(0, ranges, r => census[r] = Count(file, length, r * (long)rangeBytes, Math.Min(length, (r + 1) * (long)rangeBytes)));
        if (census.Any(c => c.BareReturns > 0)) return null;

        // Quotes and lines before each range.
        var quotesBefore = new long[ranges];
        var linesBefore = new long[ranges];
        for (var r = 1; r < ranges; r++)
        {
            quotesBefore[r] = quotesBefore[r - 1] + census[r - 1].Quotes;
            linesBefore[r] = linesBefore[r - 1] + census[r - 1].LineFeeds;
        }
        if (linesBefore[^1] + census[^1].LineFeeds >= int.MaxValue) return null;

        var cuts = new (long At, long Lines)[ranges];
        Parallel.For(1, ranges, r =>
            cuts[r] = FirstBoundary(file, r * (long)rangeBytes, Math.Min(length, (r + 1) * (long)rangeBytes), (quotesBefore[r] & 1) == 1));
        cuts[0] = (0, 0);

        var chunks = new List<FileChunk>(ranges);
        var end = length;
        for (var r = ranges - 1; r >= 0; r--)
        {
            var (at, lines) = cuts[r];
            if (at < 0) continue; // no record starts in this range: the previous chunk runs on through it
            if (at < end) chunks.Add(new FileChunk(at, end, (int)(1 + linesBefore[r] + lines)));
            end = at;
        }
        chunks.Reverse();
        return [.. chunks];
    }

    private static RangeCensus Count(SafeFileHandle file, long length, long start, long end)
    {
        // One byte past the range, to see whether a carriage return at its end starts a CRLF pair.
        var reach = Math.Min(length, end + 1);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(reach - start, ScanBlock + 1));
        try
        {
            long quotes = 0, lineFeeds = 0, bareReturns = 0;
            for (var at = start; at < end; at += ScanBlock)
            {
                var blockEnd = Math.Min(end, at + ScanBlock);
                var read = ReadExactly(file, buffer.AsSpan(0, (int)(Math.Min(reach, blockEnd + 1) - at)), at);
                var block = read[..(int)(blockEnd - at)];
                quotes += block.Count((byte)'"');
                lineFeeds += block.Count((byte)'\n');
                var returns = block.Count((byte)'\r');
                // `read` holds at most one byte past the block, so it sees every pair whose return is in the block.
                if (returns > 0) bareReturns += returns - read.Count("\r\n"u8);
            }
            return new RangeCensus(quotes, lineFeeds, bareReturns);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // The first record start in [start, end) and the line feeds before it in the range; (-1, 0) when there is none.
    private static (long At, long Lines) FirstBoundary(SafeFileHandle file, long start, long end, bool inQuotes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ScanBlock);
        try
        {
            long lines = 0;
            for (var at = start; at < end; at += ScanBlock)
            {
                var block = ReadExactly(file, buffer.AsSpan(0, (int)Math.Min(ScanBlock, end - at)), at);
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
            return (-1, 0);
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

    private readonly record struct RangeCensus(long Quotes, long LineFeeds, long BareReturns);
}
