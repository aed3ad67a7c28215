using System.Runtime.ExceptionServices;
using CsvHelper;
using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Validation;
using Figures.Core.Reading.Fast;

namespace Figures.Core.Reading;

/// <summary>
/// Reads and validates a figures file in one streaming pass: encoding, header, every field of every
/// row, unique ids. Every problem is reported with its line and column; nothing throws for bad input.
/// </summary>
/// <remarks>
/// The one read path, used by every verb: CsvHelper gives each record, <see cref="RowBatch.AddChecked"/>
/// checks its fields (<see cref="FigureRowParser"/>), and <see cref="ParsedRowCollector"/> does what
/// needs the whole file so far (unique ids, conflicts_with both ways, locating problems, keeping
/// figures). The speed machinery lives behind one seam, in Reading/Fast, chosen by one rule in
/// <see cref="ReadFile"/>: a file on disk of at least four chunks (8 MB, some 20,000 rows) is read in
/// chunks on every core. The tests in CrossCutting/ScaleAgreement hold it to give exactly what this
/// path gives, and it hands any file it cannot be sure of back to this path.
/// </remarks>
public static class FigureFileReader
{
    // A 1 MB field is fine; a quote never closed near the start of a huge file must not read it all into memory.
    internal const int MaxRecordBytes = 16 * 1024 * 1024;

    // The kind of header problems in a ProblemList (columns of rows are 0 and up, a record -1).
    private const int HeaderKind = -2;

    // Columns no rule looks at, which validate-only reads skip.
    // (admin1 is checked against admin1_pcode, attributed_to for spellings of one body.)
    private static readonly bool[] UncheckedText = Columns(FigureColumns.Location, FigureColumns.Publisher, FigureColumns.Title, FigureColumns.Notes);

    /// <summary>Reads a figures file from disk. A missing or unreadable file is a problem, not an exception.</summary>
    public static FigureSet ReadFile(string path, FigureReadOptions? options = null)
    {
        Stream stream;
        try
        {
            if (path.Length == 0) return Unreadable("''", "the path is empty; name a figures file");
            if (Directory.Exists(path)) return Unreadable(path, "is a directory, not a figures file");
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Unreadable(path, e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot open: {e.Message}");
        }
        using (stream)
        {
            options = ProgressOnlyForward(options ?? FigureReadOptions.Default);
            // A pipe or a terminal (/dev/stdin, <(...)) cannot be cut into chunks: it is read in one pass.
            if (stream is FileStream { CanSeek: true } file && ChunkedFigureReader.Suits(file.Length, options)
                && ChunkedFigureReader.TryRead(file, path, options) is { } set)
                return set;
            return Read(stream, path, options);
        }
    }

    // When a chunked read gives up, the one-pass read starts again from byte 0: its progress is
    // reported only once it passes what was already shown, so a progress bar never runs backwards.
    private static FigureReadOptions ProgressOnlyForward(FigureReadOptions options)
    {
        if (options.Progress is not { } report) return options;
        var shown = 0L;
        return options with
        {
            Progress = bytes =>
            {
                if (bytes < shown) return;
                shown = bytes;
                report(bytes);
            },
        };
    }

    /// <summary>Reads a figures file from a stream; <paramref name="file"/> names it in messages.</summary>
    public static FigureSet Read(Stream stream, string file, FigureReadOptions? options = null)
    {
        options ??= FigureReadOptions.Default;
        var problems = new ProblemList();
        using var checkedInput = new Utf8ValidatingStream(stream, leaveOpen: true, hash: options.Fingerprint);
        var rows = 0;
        ParsedRowCollector? collector = null;
        // Each record is checked as it is read; what needs the whole file so far (unique ids, locating
        // problems) runs once per batch of records rather than once per record.
        var batch = new RowBatch();
        try
        {
            var malformed = new List<CsvMalformedRecord>();
            using var csv = CsvReader.Create(checkedInput, CsvOptions(malformed.Add), leaveOpen: true);
            if (!csv.Read())
            {
                problems.Add(new Diagnostic(file, 1, 1, "file is empty; expected the header line: " + string.Join(',', FigureColumns.All)));
                return Result(file, [], [], problems, 0, checkedInput);
            }
            var headerMalformed = ReportMalformed(malformed, file, problems.Add, (int)csv.LineNumber);
            if (headerMalformed || !CheckHeader(csv, file, problems)) return Result(file, [], [], problems, 0, checkedInput);
            // Every row has as many fields as the header: all the columns, or all but conflicts_with.
            var width = csv.FieldCount;

            collector = new ParsedRowCollector(file, options, problems, () => checkedInput.BytesRead);
            var skipped = Skipped(options);
            var checker = new RowChecker(options, FigureColumns.All.Count);
            var early = new List<Diagnostic>();

            while (csv.Read())
            {
                rows++;
                var line = (int)csv.LineNumber;
                early.Clear();
                // A record with broken quoting was recovered by guesswork: its fields are not what the
                // curator meant, so the quoting problem is the one message for it.
                var broken = ReportMalformed(malformed, file, early.Add, line);
                if (early.Count > 0) batch.AddProblems([.. early]);
                if (broken) continue;
                AddRecord(csv, line, batch, file, skipped, width, checker);
                if (batch.IsFull) Collect(batch, collector);
            }
            Collect(batch, collector);
            var before = problems.Total;
            ReportMalformed(malformed, file, problems.Add, int.MaxValue);
            var unreadAtEnd = problems.Total > before; // a quote never closed swallowed the rest of the file
            if (rows == 0) problems.Add(new Diagnostic(file, 2, 1, "the file has a header but no figures"));
            collector.Finish(everyRowRead: !unreadAtEnd);
        }
        catch (CheckFailure failure)
        {
            // A bug or a failing extra check, not bad input: surfaces as itself (exit 70 in the CLI).
            failure.Rethrow();
        }
        catch (InvalidUtf8Exception e)
        {
            // The rows read before the bad bytes are checked and reported first, in file order.
            CollectRowsReadBefore(batch, collector);
            problems.Add(new Diagnostic(file, e.Line, 1, e.Message, Severity.Unusable));
        }
        catch (CsvFormatException e)
        {
            // Only a record past MaxRecordBytes gets here (malformed quoting is recovered and reported above).
            CollectRowsReadBefore(batch, collector);
            problems.Add(new Diagnostic(file, (int)Math.Max(1, e.LineNumber), 1,
                $"a record starting here is longer than {MaxRecordBytes / (1024 * 1024)} MB; is a quote never closed?"));
        }
        catch (IOException e)
        {
            CollectRowsReadBefore(batch, collector);
            problems.Add(new Diagnostic(file, 1, 1, $"cannot read: {e.Message}", Severity.Unusable));
        }
        return collector is null
            ? Result(file, [], [], problems, rows, checkedInput)
            : Result(file, collector.Figures, collector.Lines, problems, rows, checkedInput) with
            {
                ValidCount = collector.Valid,
                Warnings = collector.Warnings,
            };
    }

    // Collects the batch's checked records in file order, then empties it. A failure in here (a bug,
    // or an extra check that throws) is not a problem of the input being read: it is carried out as a
    // CheckFailure, so that the reader's handlers for input errors never mistake it for one.
    private static void Collect(RowBatch batch, ParsedRowCollector collector)
    {
        if (batch.Count == 0) return;
        try
        {
            collector.Collect(batch);
        }
        catch (Exception e)
        {
            throw new CheckFailure(ExceptionDispatchInfo.Capture(e));
        }
        batch.Clear();
    }

    // After the input failed: reports the rows read before it.
    private static void CollectRowsReadBefore(RowBatch batch, ParsedRowCollector? collector)
    {
        if (collector is null) return;
        try
        {
            Collect(batch, collector);
        }
        catch (CheckFailure failure)
        {
            failure.Rethrow();
        }
    }

    /// <summary>The CSV dialect of a figures file, with line tracking and the record-size limit.</summary>
    internal static CsvReaderOptions CsvOptions(Action<CsvMalformedRecord> onMalformed) =>
        CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            OnMalformedRecord = onMalformed,
            MaxRecordSize = MaxRecordBytes,
        };

    /// <summary>The columns a read may leave unread: the free text no rule checks, when no figure is kept.</summary>
    internal static bool[]? Skipped(FigureReadOptions options) => options.ValidateOnly && options.CheckFigure is null ? UncheckedText : null;

    /// <summary>Adds the reader's current (well-quoted) record to <paramref name="batch"/>: the row, checked, or why its fields cannot be a row.</summary>
    internal static void AddRecord(CsvReader csv, int line, RowBatch batch, string file, bool[]? skipped, int width, RowChecker checker)
    {
        if (csv.FieldCount == width)
        {
            batch.AddChecked(csv, line, skipped, checker);
            return;
        }
        var split = csv.FieldCount == width + 1 ? SplitNumber(csv) : -1;
        var at = split >= 0 ? split : Math.Min(csv.FieldCount, width);
        var (l, c) = FieldLocator.Locate(csv.RawRecord, line, at);
        batch.AddProblems([new Diagnostic(file, l, c, split >= 0
            ? $"{FigureColumns.All[split]} '{csv.GetString(split)},{csv.GetString(split + 1)}' has an unquoted thousands separator, which splits it in two (row has {csv.FieldCount} fields; the header has {width}); write {csv.GetString(split)}{csv.GetString(split + 1)}"
            : $"row has {csv.FieldCount} fields; the header has {width}")]);
    }

    private static bool[] Columns(params int[] columns)
    {
        var flags = new bool[FigureColumns.All.Count];
        foreach (var column in columns) flags[column] = true;
        return flags;
    }

    internal static bool CheckHeader(CsvReader csv, string file, ProblemList problems)
    {
        var header = new string[csv.FieldCount];
        for (var i = 0; i < header.Length; i++) header[i] = csv.GetString(i);
        var line = (int)csv.LineNumber;
        if (header.Length == 1 && header[0].Trim().Length == 0)
        {
            problems.Add(new Diagnostic(file, line, 1, "blank line where the header line should be: " + string.Join(',', FigureColumns.All)));
            return false;
        }
        if (header.Length == 1 && header[0].Contains(';'))
        {
            problems.Add(new Diagnostic(file, line, 1,
                "the file is separated by semicolons (as Excel writes in some locales); Figures reads comma-separated UTF-8 CSV: save as 'CSV UTF-8 (comma delimited)'",
                Severity.Unusable));
            return false;
        }
        if (header.Length == 1 && header[0].Contains('\t'))
        {
            problems.Add(new Diagnostic(file, line, 1, "the file is separated by tabs; Figures reads comma-separated UTF-8 CSV", Severity.Unusable));
            return false;
        }
        var headerProblems = HeaderCheck.Check(header);
        // One walk over the record locates every field: a header of a million columns stays linear.
        var starts = headerProblems.Count == 0 ? [] : FieldLocator.LocateAll(csv.RawRecord, line);
        foreach (var (field, message) in headerProblems)
        {
            var (l, c) = starts[Math.Min(field, starts.Length - 1)];
            problems.Add(new Diagnostic(file, l, c, message), HeaderKind);
        }
        return headerProblems.Count == 0;
    }

    // The commonest extra field: 38,500 typed unquoted into value or value_max. Returns that column, or -1.
    private static int SplitNumber(CsvReader csv)
    {
        foreach (var column in (int[])[FigureColumns.Value, FigureColumns.ValueMax])
        {
            var head = csv.GetString(column);
            var tail = csv.GetString(column + 1);
            if (head.Length is >= 1 and <= 3 && head.All(char.IsAsciiDigit)
                && tail.Length >= 3 && (tail.Length == 3 || tail[3] == '.') && tail[..3].All(char.IsAsciiDigit) && FieldFormats.TryParseValue(tail, "", out _, out _))
                return column;
        }
        return -1;
    }

    // Reports the malformed records that start on or before line `upTo`; true when one starts on it.
    private static bool ReportMalformed(List<CsvMalformedRecord> malformed, string file, Action<Diagnostic> report, int upTo)
    {
        var current = false;
        var reported = 0;
        foreach (var record in malformed)
        {
            var recordLine = (int)Math.Max(1, record.LineNumber);
            if (recordLine > upTo) break;
            reported++;
            current |= recordLine == upTo;
            report(Describe(record, recordLine, file));
        }
        malformed.RemoveRange(0, reported);
        return current;
    }

    private static Diagnostic Describe(CsvMalformedRecord record, int recordLine, string file)
    {
        var found = QuoteProblem.Find(record.RawRecord, recordLine);
        var (line, column) = found is null ? (recordLine, 1) : (found.Line, found.Column);
        var message = (found?.Reason ?? record.Reason) switch
        {
            CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed (unterminated quote); every \" inside a field must be doubled",
            CsvMalformedReason.StrayQuote => "stray quote inside an unquoted field; quote the field and double the inner quote",
            CsvMalformedReason.TextAfterClosingQuote when found is not null && found.OpenLine < found.Line =>
                $"a quoted field starts here and runs on to line {found.Line}, where text follows its closing quote; is a closing quote missing here?",
            CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote; double quotes inside a quoted field",
            _ => $"malformed record ({record.Reason})",
        };
        if (found is not null && found.Reason == CsvMalformedReason.TextAfterClosingQuote && found.OpenLine < found.Line)
            (line, column) = (found.OpenLine, found.OpenColumn);
        return new Diagnostic(file, line, column, message);
    }

    private static FigureSet Result(string file, IReadOnlyList<Figure> figures, IReadOnlyList<int> lines, ProblemList problems, int rows, Utf8ValidatingStream input) =>
        new()
        {
            File = file,
            Figures = figures,
            Lines = lines,
            Problems = problems,
            RowCount = rows,
            Fingerprint = input.Fingerprint(),
        };

    private static FigureSet Unreadable(string file, string message) =>
        new()
        {
            File = file,
            Figures = [],
            Lines = [],
            Problems = [new Diagnostic(file, 1, 1, message, Severity.Unusable)],
        };
}
