using System.Text;
using Figures.Core.Model;
using Figures.Cli.Synthetic;
using Figures.Tests.CrossCutting.BadInputCorpus;
using Figures.Tests.Support;
using Figures.Core.Reading;
using Figures.Core.Reading.Fast;

namespace Figures.Tests.CrossCutting.ScaleAgreement;

/// <summary>
/// A large file is read in chunks on every core. These tests make the chunks tiny, so that small
/// files are cut in many places (inside quoted fields, inside CRLF pairs, inside UTF-8 sequences),
/// and require the result to be exactly what the one-pass read gives: problems, figures, lines.
/// </summary>
public sealed class ChunkedReadTests
{
    private readonly string _folder = Paths.TempFolder();

    /// <summary>The corpus files, for the theories.</summary>
    public static TheoryData<string> CorpusFiles() => new(CorpusCase.Names().Where(name => name.EndsWith(".csv", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void ReadFile_CorpusFileInTinyChunks_SameAsOnePass(string name)
    {
        // Given: each bad-input case, which is a few hundred bytes, cut every 1, 7 and 64 bytes
        var path = Path.Combine(CorpusCase.Folder, name);
        var onePass = ReadOnePass(path, FigureReadOptions.Default);

        foreach (var chunkBytes in (int[])[1, 7, 64])
        {
            // When
            var chunked = FigureFileReader.ReadFile(path, FigureReadOptions.Default with { ChunkBytes = chunkBytes });

            // Then
            AssertSame(onePass, chunked, $"{name} in {chunkBytes}-byte chunks");
        }
    }

    [Theory]
    [InlineData("newline-in-quoted-field.csv")]
    [InlineData("crlf-line-endings.csv")]
    [InlineData("metric-wrong-case.csv")]
    public void TryRead_WellQuotedFile_IsReadInChunks(string name)
    {
        // Given: files whose quoting is sound (a line break inside quotes, CRLF, a bad field), so the
        // chunked read must not give up on them, or the tests above would only compare one-pass reads
        using var stream = File.OpenRead(Path.Combine(CorpusCase.Folder, name));

        // When
        var set = ChunkedFigureReader.TryRead(stream, name, FigureReadOptions.Default with { ChunkBytes = 16 });

        // Then
        Assert.NotNull(set);
    }

    [Theory]
    [InlineData("unterminated-quote.csv")]
    [InlineData("cr-only-line-endings.csv")]
    [InlineData("latin1-location.csv")]
    public void TryRead_FileTheChunksCannotBeSureOf_GivesUp(string name)
    {
        // Given: broken quoting, lone carriage returns, bytes that are not UTF-8
        Assert.True(File.Exists(Path.Combine(CorpusCase.Folder, name)), $"corpus file {name} is missing");
        using var stream = File.OpenRead(Path.Combine(CorpusCase.Folder, name));

        // When
        var set = ChunkedFigureReader.TryRead(stream, name, FigureReadOptions.Default with { ChunkBytes = 16 });

        // Then
        Assert.Null(set);
    }

    [Fact]
    public void ReadFile_ManyChunksWithProblemsAndDuplicates_SameAsOnePass()
    {
        // Given: 6,000 synthetic rows with a bad metric, a duplicate id and a case-only duplicate
        // scattered through them, so problems and first uses fall in different chunks
        var lines = Encoding.UTF8.GetString(SyntheticCsv.Bytes(6_000)).Split('\n').ToList();
        for (var i = 1; i < lines.Count - 1; i += 499) lines[i] = lines[i].Replace(",displaced,", ",displacd,").Replace(",idps,", ",idp,");
        lines[4_000] = "SYN-0000010" + lines[4_000][lines[4_000].IndexOf(',')..];
        lines[5_500] = "syn-0000020" + lines[5_500][lines[5_500].IndexOf(',')..];
        var path = Write("problems.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        var options = FigureReadOptions.Default with { ChunkBytes = 16 * 1024 };

        // When
        var onePass = ReadOnePass(path, options);
        using var stream = File.OpenRead(path);
        var chunked = ChunkedFigureReader.TryRead(stream, path, options);

        // Then
        Assert.NotNull(chunked);
        AssertSame(onePass, chunked, "problems.csv");
        Assert.Contains(onePass.Problems, p => p.Message.Contains("duplicate id 'SYN-0000010'", StringComparison.Ordinal));
        Assert.Contains(onePass.Problems, p => p.Message.Contains("differs only in case", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(5_000)]
    public void TryRead_RecordsLongerThanWhatIsReadPastARange_SameAsOnePass(int chunkBytes)
    {
        // Given: every tenth figure has 12 KB of notes with line breaks, commas and quotes, so that a
        // chunk's end often lies beyond the few KB read past its range and must be read separately
        var longNotes = string.Concat(Enumerable.Repeat("line, \"quoted\"\nnext ", 600));
        var figures = SyntheticFigures.Generate(300).Select((figure, i) => i % 10 == 3 ? figure with { Notes = longNotes } : figure);
        var path = Write("long-records.csv", SyntheticCsv.Bytes(figures));
        var options = FigureReadOptions.Default with { ChunkBytes = chunkBytes };

        // When
        var onePass = ReadOnePass(path, options);
        using var stream = File.OpenRead(path);
        var chunked = ChunkedFigureReader.TryRead(stream, path, options);

        // Then
        Assert.True(onePass.IsValid, string.Join('\n', onePass.Problems));
        AssertSame(onePass, chunked, $"long records in {chunkBytes}-byte chunks");
    }

    [Theory]
    [InlineData(65_535, 100_000)] // CR ends the census's first 64 KB block, LF starts the next
    [InlineData(49_999, 50_000)] // CR ends the first range, LF starts the second
    public void TryRead_CrlfPairSplitAcrossReads_IsNotALoneReturn(int carriageReturnAt, int chunkBytes)
    {
        // Given: CRLF line endings, with the CR of one pair at the given byte (the notes of the
        // record before are padded to put it there)
        var figures = SyntheticFigures.Generate(400).ToList();
        var crlf = Encoding.UTF8.GetString(SyntheticCsv.Bytes(figures)).Replace("\n", "\r\n");
        var lastEnd = crlf.LastIndexOf("\r\n", carriageReturnAt, StringComparison.Ordinal);
        var record = crlf[..lastEnd].Count(c => c == '\r') - 1; // figures before it, less the header
        figures[record] = figures[record] with { Notes = figures[record].Notes + new string('n', carriageReturnAt - lastEnd) };
        var bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(SyntheticCsv.Bytes(figures)).Replace("\n", "\r\n"));
        Assert.Equal("\r\n"u8.ToArray(), bytes[carriageReturnAt..(carriageReturnAt + 2)]);
        var path = Write("crlf.csv", bytes);
        var options = FigureReadOptions.Default with { ChunkBytes = chunkBytes };

        // When
        var onePass = ReadOnePass(path, options);
        using var stream = File.OpenRead(path);
        var chunked = ChunkedFigureReader.TryRead(stream, path, options);

        // Then
        AssertSame(onePass, chunked, $"CRLF split at byte {carriageReturnAt}");
    }

    [Theory]
    [InlineData(49_999, 50_000)] // the last byte of a range
    [InlineData(50_000, 50_000)] // the first byte of the next
    public void TryRead_LoneCarriageReturnAtARangeEdge_GivesUp(int at, int chunkBytes)
    {
        // Given: a valid file whose byte at a range edge, inside a record, becomes a lone CR
        var bytes = SyntheticCsv.Bytes(400);
        Assert.DoesNotContain(bytes[(at - 1)..(at + 2)], b => b is (byte)'\n' or (byte)'\r');
        bytes[at] = (byte)'\r';
        var path = Write("lone-cr.csv", bytes);

        // When
        using var stream = File.OpenRead(path);
        var chunked = ChunkedFigureReader.TryRead(stream, path, FigureReadOptions.Default with { ChunkBytes = chunkBytes });

        // Then: CsvHelper would count it as a line break, so the lines could not be trusted
        Assert.Null(chunked);
    }

    [Fact]
    public void ReadFile_ChunkedWithEveryOption_SameAsOnePass()
    {
        // Given: a filter, validate-only, an extra per-figure check and the fingerprint
        var path = Write("synthetic.csv", SyntheticCsv.Bytes(5_000));
        var variants = new FigureReadOptions[]
        {
            new() { Keep = facets => facets.Metric == Metric.Displaced },
            new() { ValidateOnly = true, Fingerprint = false },
            new() { CheckFigure = figure => figure.Id.EndsWith('7') ? "quote not found (test)" : null },
        };

        foreach (var options in variants)
        {
            // When
            var onePass = ReadOnePass(path, options);
            var chunked = FigureFileReader.ReadFile(path, options with { ChunkBytes = 8 * 1024 });

            // Then
            AssertSame(onePass, chunked, options.ToString());
        }
    }

    [Fact]
    public void ReadFile_Chunked_ReportsProgressUpToTheFileSize()
    {
        // Given
        var path = Write("progress.csv", SyntheticCsv.Bytes(3_000));
        var reported = new List<long>();

        // When
        FigureFileReader.ReadFile(path, new FigureReadOptions { ChunkBytes = 8 * 1024, Progress = reported.Add });

        // Then
        Assert.True(reported.Count > 4, $"only {reported.Count} progress reports");
        Assert.Equal(reported.Order(), reported);
        Assert.Equal(new FileInfo(path).Length, reported[^1]);
    }

    [Fact]
    public void ReadFile_CheckThatThrowsInAChunk_SurfacesAsItself()
    {
        // Given: a failing extra check is a bug or an unreadable source, not a problem of the file
        var path = Write("throws.csv", SyntheticCsv.Bytes(3_000));
        var options = new FigureReadOptions { ChunkBytes = 8 * 1024, Keep = _ => throw new InvalidOperationException("boom") };

        // When
        var error = Assert.Throws<InvalidOperationException>(() => FigureFileReader.ReadFile(path, options));

        // Then
        Assert.Equal("boom", error.Message);
    }

    [Fact]
    public void ReadFile_GivingUpAgainAndAgain_LeavesNoReaderOfTheClosedFile()
    {
        // Given: a bad header, so every chunked read gives up at once and the one-pass read returns
        // quickly, closing the file while the census may still be counting it
        var lines = Encoding.UTF8.GetString(SyntheticCsv.Bytes(2_000)).Split('\n');
        lines[0] = "id,metric,value";
        var path = Write("bad-header.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        for (var i = 0; i < 30; i++)
        {
            // When
            var set = FigureFileReader.ReadFile(path, new FigureReadOptions { ChunkBytes = 4 * 1024 });

            // Then: a census thread that outlived its file would have crashed this process
            Assert.False(set.IsValid);
        }
    }

    [Fact]
    public void ReadFile_GivesUpLate_ProgressNeverRunsBackwards()
    {
        // Given: quoting broken near the end, found only after most chunks were collected
        var lines = Encoding.UTF8.GetString(SyntheticCsv.Bytes(30_000)).Split('\n').ToList();
        lines[29_000] = "SYN\"X" + lines[29_000][lines[29_000].IndexOf(',')..];
        var path = Write("late.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        var reported = new List<long>();

        // When
        var set = FigureFileReader.ReadFile(path, new FigureReadOptions { ChunkBytes = 64 * 1024, Progress = reported.Add });

        // Then
        Assert.Contains(set.Problems, p => p.Line == 29_001);
        Assert.Equal(reported.Order(), reported);
        Assert.Equal(new FileInfo(path).Length, reported[^1]);
    }

    [Fact]
    public async Task ReadFile_FromAPipe_IsReadInOnePass()
    {
        // Given: a named pipe, as `figures validate /dev/stdin` or `<(cat big.csv)` give; it cannot seek
        var fifo = Path.Combine(_folder, "pipe.csv");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)) await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        var bytes = SyntheticCsv.Bytes(2_000);
        var writer = Task.Run(() => File.WriteAllBytes(fifo, bytes), TestContext.Current.CancellationToken);

        // When
        var set = FigureFileReader.ReadFile(fifo, new FigureReadOptions { ChunkBytes = 4 * 1024 });
        await writer;

        // Then
        Assert.True(set.IsValid, string.Join('\n', set.Problems));
        Assert.Equal(2_000, set.ValidCount);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    // A MemoryStream is never read in chunks.
    [Fact]
    public void TryRead_ConflictsAcrossChunksOneWayDanglingAndTwoNamesOfOneBody_SameAsOnePass()
    {
        // Given: 6,000 synthetic rows (pairs that name each other), where one pair is made one-way,
        // one row names an id no row has, and later rows spell "UN" as "United Nations" and "un":
        // the rows that name each other lie in different chunks, and the checks need the whole file
        var figures = SyntheticFigures.Generate(6_000).ToList();
        figures[5_000] = figures[5_000] with { ConflictsWith = "SYN-0000004" }; // SYN-0000004 names nobody back
        figures[5_001] = figures[5_001] with { ConflictsWith = "SYN-9999999" }; // no such row
        figures[200] = figures[200] with { ConflictsWith = "" }; // SYN-0000201 now names it one way
        for (var i = 3_000; i < 6_000; i += 1_000) figures[i] = figures[i] with { AttributedTo = "United Nations" };
        figures[5_500] = figures[5_500] with { AttributedTo = "un" };
        var path = Write("conflicts.csv", SyntheticCsv.Bytes(figures));
        var options = FigureReadOptions.Default with { ChunkBytes = 16 * 1024 };

        // When
        var onePass = ReadOnePass(path, options);
        using var stream = File.OpenRead(path);
        var chunked = ChunkedFigureReader.TryRead(stream, path, options);

        // Then
        AssertSame(onePass, chunked, "conflicts.csv");
        Assert.Equal(3, onePass.Problems.Count);
        Assert.Contains("SYN-0000200 (line 202) does not name SYN-0000201 back", onePass.Problems[0].Message);
        Assert.Contains("SYN-0000004 (line 6) does not name SYN-0005000 back", onePass.Problems[1].Message);
        Assert.Equal("conflicts_with names 'SYN-9999999', which is the id of no row", onePass.Problems[2].Message);
        Assert.Equal([3_002, 5_502], onePass.Warnings.Select(w => w.Line));
    }

    [Fact]
    public void TryRead_FileWithTheHeaderBeforeConflictsWith_SameAsOnePassAndValid()
    {
        // Given: a file written before conflicts_with was added: the header and every row end at notes
        var figures = SyntheticFigures.Generate(3_000).Select(f => f with { ConflictsWith = "" }).ToList();
        var lines = Encoding.UTF8.GetString(SyntheticCsv.Bytes(figures)).Split('\n');
        lines[0] = string.Join(',', FigureColumns.Legacy);
        var legacy = string.Join('\n', lines.Select(line => line.EndsWith(',') ? line[..^1] : line));
        Assert.StartsWith(string.Join(',', FigureColumns.Legacy) + "\n", legacy);
        var path = Write("legacy.csv", Encoding.UTF8.GetBytes(legacy));
        var options = FigureReadOptions.Default with { ChunkBytes = 16 * 1024 };

        // When
        var onePass = ReadOnePass(path, options);
        using var stream = File.OpenRead(path);
        var chunked = ChunkedFigureReader.TryRead(stream, path, options);

        // Then
        Assert.True(onePass.IsValid, string.Join('\n', onePass.Problems.Take(5)));
        AssertSame(onePass, chunked, "legacy.csv");
        Assert.Equal(figures, onePass.Figures);
    }

    private static FigureSet ReadOnePass(string path, FigureReadOptions options) =>
        FigureFileReader.Read(new MemoryStream(File.ReadAllBytes(path)), path, options);

    private static void AssertSame(FigureSet expected, FigureSet? actual, string what)
    {
        Assert.NotNull(actual);
        Assert.True(expected.Problems.Select(p => p.ToString()).SequenceEqual(actual.Problems.Select(p => p.ToString())),
            $"{what}: problems differ\n one pass: {string.Join("\n  ", expected.Problems)}\n chunked: {string.Join("\n  ", actual.Problems)}");
        Assert.Equal(expected.Warnings.Select(w => w.ToString()), actual.Warnings.Select(w => w.ToString()));
        Assert.Equal(expected.Lines, actual.Lines);
        Assert.Equal(expected.Figures, actual.Figures);
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.ValidCount, actual.ValidCount);
        Assert.Equal(expected.Fingerprint, actual.Fingerprint);
    }
}
