using CsvHelper;
using Figures.Core.Reading;
using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Validation;

namespace Figures.Core.Curation;

/// <summary>
/// Reads the candidates a curator reviewed (the output of <c>figures extract</c>, edited): UTF-8,
/// comma-separated, with a header that names every figures.csv column. Columns are matched by name,
/// so a file whose columns were reordered or that carries columns of its own (a reviewer's remarks)
/// still reads; those extra columns are reported, not added. <c>conflicts_with</c> may be absent.
/// Problems are returned with their line and column; nothing throws for bad input.
/// </summary>
public static class CandidateFile
{
    /// <summary>The largest candidates file read: a review of a few articles, not a dataset.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads <paramref name="stream"/>; <paramref name="file"/> names it in messages.</summary>
    public static CandidateReadResult Read(Stream stream, string file)
    {
        var problems = new List<Diagnostic>();
        var rows = new List<CandidateRow>();
        var ignored = new List<string>();
        using var input = new Utf8ValidatingStream(stream, leaveOpen: true, hash: false);
        try
        {
            var malformed = new List<CsvMalformedRecord>();
            using var csv = CsvReader.Create(input, FigureFileReader.CsvOptions(malformed.Add), leaveOpen: true);
            if (!csv.Read())
            {
                problems.Add(new Diagnostic(file, 1, 1, "file is empty; expected a header line naming the figures.csv columns: " + string.Join(',', FigureColumns.All)));
                return new CandidateReadResult(file, rows, problems, ignored);
            }
            if (Malformed(malformed, file, problems, (int)csv.LineNumber)) return new CandidateReadResult(file, rows, problems, ignored);
            var map = MapHeader(csv, file, problems, ignored);
            if (map is null) return new CandidateReadResult(file, rows, problems, ignored);
            var width = csv.FieldCount;
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                if (Malformed(malformed, file, problems, line)) continue;
                if (csv.FieldCount != width)
                {
                    var (l, c) = FieldLocator.Locate(csv.RawRecord, line, Math.Min(csv.FieldCount, width));
                    problems.Add(new Diagnostic(file, l, c, $"row has {csv.FieldCount} fields; the header has {width}"));
                    continue;
                }
                var starts = FieldLocator.LocateAll(csv.RawRecord, line);
                var fields = new string[FigureColumns.All.Count];
                var at = new (int, int)[FigureColumns.All.Count];
                for (var column = 0; column < fields.Length; column++)
                {
                    var index = map[column];
                    fields[column] = index < 0 ? "" : csv.GetString(index);
                    at[column] = index < 0 ? starts[^1] : starts[index];
                }
                rows.Add(new CandidateRow { Line = line, Fields = fields, FieldStarts = at });
            }
            Malformed(malformed, file, problems, int.MaxValue);
            if (rows.Count == 0 && problems.Count == 0)
                problems.Add(new Diagnostic(file, 2, 1, "the file has a header but no candidate rows; nothing to add"));
        }
        catch (InvalidUtf8Exception e)
        {
            problems.Add(new Diagnostic(file, e.Line, 1, e.Message, Severity.Unusable));
        }
        catch (CsvFormatException e)
        {
            problems.Add(new Diagnostic(file, (int)Math.Max(1, e.LineNumber), 1,
                $"a record starting here is longer than {FigureFileReader.MaxRecordBytes / (1024 * 1024)} MB; is a quote never closed?"));
        }
        return new CandidateReadResult(file, rows, problems, ignored);
    }

    // For each figures.csv column, the index of the candidates column of that name (-1 for an absent
    // conflicts_with), or null after reporting why the header cannot be matched.
    private static int[]? MapHeader(CsvReader csv, string file, List<Diagnostic> problems, List<string> ignored)
    {
        var line = (int)csv.LineNumber;
        var header = new string[csv.FieldCount];
        for (var i = 0; i < header.Length; i++) header[i] = csv.GetString(i);
        if (header.Length == 1 && (header[0].Contains(';') || header[0].Contains('\t')))
        {
            problems.Add(new Diagnostic(file, line, 1,
                $"the file is separated by {(header[0].Contains(';') ? "semicolons" : "tabs")}; Figures reads comma-separated UTF-8 CSV: save as 'CSV UTF-8 (comma delimited)'",
                Severity.Unusable));
            return null;
        }
        var starts = FieldLocator.LocateAll(csv.RawRecord, line);
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var before = problems.Count;
        for (var i = 0; i < header.Length; i++)
        {
            if (byName.TryGetValue(header[i], out var first))
            {
                problems.Add(new Diagnostic(file, starts[i].Line, starts[i].Column, $"duplicated header '{Echo.Show(header[i])}' (also column {first + 1})"));
                continue;
            }
            byName[header[i]] = i;
        }
        var map = new int[FigureColumns.All.Count];
        for (var column = 0; column < map.Length; column++)
        {
            var name = FigureColumns.All[column];
            if (byName.TryGetValue(name, out var index))
            {
                map[column] = index;
                continue;
            }
            map[column] = -1;
            if (column == FigureColumns.ConflictsWith) continue;
            // A near miss ("qualifer", "Quote ") is most likely the column meant: point at it.
            var near = Enumerable.Range(0, header.Length).FirstOrDefault(i => !FigureColumns.All.Contains(header[i])
                && (string.Equals(header[i].Trim(), name, StringComparison.OrdinalIgnoreCase) || Text.Suggest.Closest(header[i], [name]) is not null), -1);
            problems.Add(near >= 0
                ? new Diagnostic(file, starts[near].Line, starts[near].Column, $"header '{Echo.Show(header[near])}' should be '{name}' (exact case, no spaces)")
                : new Diagnostic(file, line, 1, $"no '{name}' column; a candidates file names every figures.csv column (conflicts_with may be left out)"));
        }
        for (var i = 0; i < header.Length; i++)
        {
            if (!FigureColumns.All.Contains(header[i])) ignored.Add(header[i]);
        }
        return problems.Count == before ? map : null;
    }

    // Reports the malformed records that start on or before line `upTo`; true when one starts on it.
    private static bool Malformed(List<CsvMalformedRecord> malformed, string file, List<Diagnostic> problems, int upTo)
    {
        var current = false;
        var reported = 0;
        foreach (var record in malformed)
        {
            var recordLine = (int)Math.Max(1, record.LineNumber);
            if (recordLine > upTo) break;
            reported++;
            current |= recordLine == upTo;
            var found = QuoteProblem.Find(record.RawRecord, recordLine);
            problems.Add(new Diagnostic(file, found?.Line ?? recordLine, found?.Column ?? 1,
                "broken quoting: a quoted field is never closed, or a quote stands inside an unquoted field or after a closing quote; double every \" inside a quoted field"));
        }
        malformed.RemoveRange(0, reported);
        return current;
    }
}
