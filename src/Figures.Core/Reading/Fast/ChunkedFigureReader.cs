using System.Buffers;
using System.Security.Cryptography;
using System.Text.Unicode;
using CsvHelper;
using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Microsoft.Win32.SafeHandles;
using Figures.Core.Reading;

namespace Figures.Core.Reading.Fast;

/// <summary>
/// Reads a large figures file on every core. The file is cut into chunks of whole records
/// (<see cref="FileChunks"/>); each chunk is read, parsed by its own CsvHelper reader and checked on
/// a worker, and the chunks are collected in file order, so problems, figures and lines come out
/// exactly as the one-pass reader gives them. Anything that makes the cuts or the line numbers
/// uncertain (broken quoting, bytes that are not UTF-8, a bad header, an oversized record, a lone
/// carriage return, a read that fails) makes it give up, and the caller reads the file in one pass,
/// which reports it precisely. A file with such a problem costs a second read; a clean file, the
/// common case, is read once, on every core.
/// </summary>
internal sealed class ChunkedFigureReader : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly string _file;
    private readonly FigureReadOptions _options;
    private readonly FileChunks _chunks;
    private readonly long _length;
    private readonly bool[]? _skipped;
    private readonly Stack<RowBatch> _freeBatches = new();
    private volatile bool _stopping;
    // Fields per record: the header's (all the columns, or all but conflicts_with), known before any chunk is parsed.
    private int _width;
    private volatile bool _abandoned;

    private ChunkedFigureReader(SafeFileHandle handle, string file, FigureReadOptions options)
    {
        _handle = handle;
        _file = file;
        _options = options;
        _length = RandomAccess.GetLength(handle);
        // The census may read a few ranges more than the chunks being parsed at once (see Read).
        _chunks = new FileChunks(handle, _length, options.ChunkBytes, ahead: Window + 2);
        _skipped = FigureFileReader.Skipped(options);
    }

    // Chunks queued beyond the one being collected: enough to keep every core busy.
    private static int Window => 2 * Environment.ProcessorCount;

    /// <summary>Whether a file of this size is worth reading in chunks.</summary>
    public static bool Suits(long length, FigureReadOptions options) => length >= 4L * options.ChunkBytes;

    /// <summary>Reads the file, or returns null when it must be read in one pass instead.</summary>
    public static FigureSet? TryRead(FileStream stream, string file, FigureReadOptions options)
    {
        using var reader = new ChunkedFigureReader(stream.SafeFileHandle, file, options);
        return reader.Read();
    }

    /// <summary>Lets go of the chunk buffers.</summary>
    public void Dispose() => _chunks.Dispose();

    private FigureSet? Read()
    {
        if (HeaderWidth() is not { } width) return null;
        _width = width;
        // SHA-256 cannot be split across cores: when the brief wants the fingerprint, one core hashes while the others parse.
        var hashing = _options.Fingerprint ? Task.Run(Fingerprint) : null;
        var problems = new ProblemList();
        long collectedTo = 0;
        var collector = new ParsedRowCollector(_file, _options, problems, () => collectedTo);
        var rows = 0;
        var estimated = false;
        var work = new Task<ChunkResult>[_chunks.Count];
        var started = 0;
        var completed = false;
        try
        {
            for (var i = 0; i < work.Length; i++)
            {
                for (; started < work.Length && started <= i + Window; started++)
                {
                    var index = started;
                    work[index] = Task.Run(() => Process(index));
                }
                ChunkResult result;
                try
                {
                    result = work[i].GetAwaiter().GetResult();
                }
                catch (GiveUp)
                {
                    return null;
                }
                if (result.Batch is null) continue; // no record starts in this range
                collectedTo = result.Chunk.End;
                collector.Collect(result.Batch);
                if (!estimated)
                {
                    // The first chunk tells about how many valid rows, and so ids, the file has.
                    collector.Expect(collector.Valid * (_length / Math.Max(1, result.Chunk.End)));
                    estimated = true;
                }
                rows += result.Rows;
                Recycle(result.Batch);
            }
            completed = true;
        }
        finally
        {
            // After the last chunk no worker is left; after a give-up or a failure, stop them all,
            // and the hashing too, so nothing reads the file once the caller closes it.
            _stopping = true;
            WaitQuietly(new ReadOnlySpan<Task>(work, 0, started));
            if (!completed && hashing is not null)
            {
                _abandoned = true;
                WaitQuietly([hashing]);
            }
        }
        if (rows == 0) problems.Add(new Diagnostic(_file, 2, 1, "the file has a header but no figures"));
        collector.Finish(everyRowRead: true);
        string fingerprint;
        try
        {
            fingerprint = hashing?.GetAwaiter().GetResult() ?? "";
        }
        catch (IOException)
        {
            return null; // the file changed under us: the one-pass read reports it
        }
        return new FigureSet
        {
            File = _file,
            Figures = collector.Figures,
            Lines = collector.Lines,
            Problems = problems,
            RowCount = rows,
            ValidCount = collector.Valid,
            Fingerprint = fingerprint,
            Warnings = collector.Warnings,
        };
    }

    // Reads, parses and checks one chunk (on a worker).
    private ChunkResult Process(int index)
    {
        if (_stopping) throw new GiveUp();
        if (_chunks.Take(index, FigureFileReader.MaxRecordBytes) is not { } taken) throw new GiveUp();
        var chunk = taken.Chunk;
        try
        {
            if (chunk.IsEmpty) return default;
            var input = taken.Bytes.Span;
            // The one-pass reader names these problems precisely (UTF-16, binary, Latin-1...).
            if (input.Contains((byte)0) || !Utf8.IsValid(input)) throw new GiveUp();
            var malformed = false;
            using var csv = CsvReader.Create(taken.Bytes, FigureFileReader.CsvOptions(_ => malformed = true));
            if (index == 0 && (!ReadHeader(csv) || malformed)) throw new GiveUp();
            var batch = TakeBatch();
            var checker = new RowChecker(_options, FigureColumns.All.Count);
            var rows = 0;
            while (csv.Read())
            {
                if (malformed || _stopping) throw new GiveUp();
                rows++;
                var line = chunk.FirstLine - 1 + (int)csv.LineNumber;
                FigureFileReader.AddRecord(csv, line, batch, _file, _skipped, _width, checker);
            }
            if (malformed) throw new GiveUp();
            return new ChunkResult(batch, rows, chunk);
        }
        catch (Exception e) when (e is CsvFormatException or IOException)
        {
            // A record over the size limit, or a file that changed under us: the one-pass reader reports it.
            throw new GiveUp();
        }
        finally
        {
            _chunks.Release(taken.Buffer);
        }
    }

    // Whether the header is there and right; the one-pass reader explains it when it is not.
    private bool ReadHeader(CsvReader csv)
    {
        if (!csv.Read()) return false;
        var problems = new ProblemList();
        return FigureFileReader.CheckHeader(csv, _file, problems) && problems.Count == 0 && csv.FieldCount == _width;
    }

    // The number of fields of the header line, read from the file's first bytes before the workers
    // start; null (read in one pass) when the first line is not short and plain.
    private int? HeaderWidth()
    {
        var buffer = new byte[(int)Math.Min(_length, 64 * 1024)];
        try
        {
            var bytes = FileChunks.ReadExactly(_handle, buffer, 0);
            var end = bytes.IndexOf((byte)'\n');
            if (end < 0 || bytes[..end].Contains((byte)'"')) return null;
            using var csv = CsvReader.Create(buffer.AsMemory(0, end + 1), FigureFileReader.CsvOptions(_ => { }));
            return csv.Read() ? csv.FieldCount : null;
        }
        catch (Exception e) when (e is CsvFormatException or IOException)
        {
            return null;
        }
    }

    private RowBatch TakeBatch()
    {
        lock (_freeBatches) return _freeBatches.Count > 0 ? _freeBatches.Pop() : new RowBatch();
    }

    private void Recycle(RowBatch batch)
    {
        batch.Clear();
        lock (_freeBatches) _freeBatches.Push(batch);
    }

    private static void WaitQuietly(ReadOnlySpan<Task> tasks)
    {
        foreach (var task in tasks)
        {
            try
            {
                task.Wait();
            }
            catch (AggregateException)
            {
                // The failure that matters has already been thrown, or the read was given up.
            }
        }
    }

    // Hashes the file through the handle being read (not by name, which may by now be another file).
    private string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            for (long at = 0; at < _length && !_abandoned; at += buffer.Length)
                hash.AppendData(FileChunks.ReadExactly(_handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, _length - at)), at));
            return Convert.ToHexStringLower(hash.GetCurrentHash())[..12];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private readonly record struct ChunkResult(RowBatch? Batch, int Rows, FileChunk Chunk);

    /// <summary>The chunked read cannot be sure to match the one-pass read: read in one pass.</summary>
    private sealed class GiveUp : Exception;
}
