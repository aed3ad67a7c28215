using System.Text;
using System.Text.RegularExpressions;
using Figures.Core.Export;
using Figures.Core.Reading;
using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Validation;

namespace Figures.Core.Curation;

/// <summary>
/// Adds reviewed candidates to a dataset, in memory: gives each the next free id, appends the rows in
/// the dataset's own style (its line ending, fields quoted only when needed), and validates the new
/// rows together with the whole dataset with the same reader as <c>figures validate</c> (ids,
/// conflicts that run both ways, one name per body), plus one check of its own: a candidate that
/// repeats a figure already there (same source, metric, value and unit). Problems are located in the
/// candidates file. The dataset's own bytes are never changed: the new rows come after them.
/// </summary>
public static partial class DatasetAddition
{
    /// <summary>
    /// Plans the addition of <paramref name="candidates"/> to <paramref name="dataset"/> (the bytes of
    /// <paramref name="datasetFile"/>). <paramref name="checkQuote"/>, when given, checks each new
    /// figure's quote against its article, as <c>validate --sources</c> does.
    /// </summary>
    public static AdditionPlan Plan(byte[] dataset, string datasetFile, CandidateReadResult candidates, Func<Figure, string?>? checkQuote = null)
    {
        if (candidates.Problems.Count > 0) return new AdditionPlan { Problems = InOrder(candidates.Problems) };
        var current = FigureFileReader.Read(new MemoryStream(dataset, writable: false), datasetFile, new FigureReadOptions { Fingerprint = false });
        if (!current.IsValid) return new AdditionPlan { Problems = [.. current.Problems], DatasetInvalid = true };

        var problems = new List<Diagnostic>();
        var style = DatasetStyle.Of(dataset);
        var (ids, labels) = AssignIds(current, candidates, problems);
        var lead = style.EndsWithLineBreak || dataset.Length == 0 ? "" : style.LineEnding;
        var firstLine = LineBreaks(dataset) + (lead.Length > 0 ? 1 : 0) + 1;
        var rows = AppendedRows(candidates, ids, Relabeller(candidates, ids, labels), style, firstLine, datasetFile, problems);

        var combined = new MemoryStream(dataset.Length + rows.Sum(r => r.Bytes.Length) + lead.Length);
        combined.Write(dataset);
        combined.Write(Encoding.UTF8.GetBytes(lead));
        foreach (var row in rows) combined.Write(row.Bytes);
        var newIds = new HashSet<string>(ids, IdAlphabet.Comparer);
        var options = new FigureReadOptions
        {
            Fingerprint = false,
            CheckFigure = checkQuote is null ? null : figure => newIds.Contains(figure.Id) ? checkQuote(figure) : null,
        };
        var after = FigureFileReader.Read(new MemoryStream(combined.GetBuffer(), 0, (int)combined.Length, writable: false), datasetFile, options);

        var locate = new Locator(rows, firstLine, datasetFile, candidates.File);
        var known = current.Warnings.Select(w => (w.Line, w.Column, w.Message)).ToHashSet();
        foreach (var diagnostic in after.Problems.Concat(after.Warnings))
        {
            if (diagnostic.Line < firstLine && known.Contains((diagnostic.Line, diagnostic.Column, diagnostic.Message))) continue;
            problems.Add(locate.InCandidates(diagnostic));
        }
        FindRepeats(after, firstLine, locate, problems);
        if (problems.Count > 0) return new AdditionPlan { Problems = InOrder(problems) };

        var added = new List<AddedFigure>();
        for (var i = 0; i < after.Figures.Count; i++)
        {
            if (after.Lines[i] < firstLine) continue;
            added.Add(new AddedFigure(after.Figures[i], locate.Row(after.Lines[i]).Candidate.Line, after.Lines[i]));
        }
        return new AdditionPlan { Added = added, NewDataset = combined.ToArray() };
    }

    // One id per candidate, in order. An id a curator wrote is a label: it names the candidate in the
    // conflicts_with and notes of other candidates, and is replaced by the id given.
    private static (List<string> Ids, Dictionary<string, int> Labels) AssignIds(FigureSet current, CandidateReadResult candidates, List<Diagnostic> problems)
    {
        var sequence = IdSequence.Continuing(current.Figures.Select(f => f.Id));
        var existing = current.Figures.ToDictionary(f => f.Id, f => f, IdAlphabet.Comparer);
        var labels = new Dictionary<string, int>(IdAlphabet.Comparer);
        var ids = new List<string>();
        foreach (var row in candidates.Rows)
        {
            var label = row.Fields[FigureColumns.Id];
            var id = sequence.Next();
            ids.Add(id);
            if (label.Length == 0) continue;
            var (line, column) = row.FieldStarts[FigureColumns.Id];
            string? problem = null;
            if (IdAlphabet.Problem(label) is { } bad) problem = bad;
            else if (existing.ContainsKey(label))
                problem = $"id '{label}' is already a figure in the dataset; leave id empty (add gives this candidate {id}), or write a label of your own such as new-1";
            else if (!label.Any(char.IsAsciiDigit))
                problem = $"id '{Echo.Show(label)}' would be a label for this candidate (add gives it {id}); a label needs a digit (new-1), so that it is never mistaken for a word in notes";
            else if (labels.TryGetValue(label, out var first))
                problem = $"label '{label}' is also the id of the candidate on line {first}; each candidate needs its own";
            if (problem is null) labels[label] = row.Line;
            else problems.Add(new Diagnostic(candidates.File, line, column, problem));
        }
        return (ids, labels);
    }

    // Replaces each candidate's label (good ones only: line is where it was first written) by its id.
    private static Func<string, string> Relabeller(CandidateReadResult candidates, List<string> ids, Dictionary<string, int> labels)
    {
        if (labels.Count == 0) return text => text;
        var byLabel = new Dictionary<string, string>(IdAlphabet.Comparer);
        for (var i = 0; i < candidates.Rows.Count; i++)
        {
            var label = candidates.Rows[i].Fields[FigureColumns.Id];
            if (label.Length > 0 && labels.TryGetValue(label, out var line) && line == candidates.Rows[i].Line) byLabel[label] = ids[i];
        }
        // A label as a whole id: not inside a longer id (IDL-0001 in IDL-00010), a sentence's full stop allowed after it.
        var pattern = new Regex(@"(?<![A-Za-z0-9_.\-])(" + string.Join('|', byLabel.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape))
            + @")(?![A-Za-z0-9_\-]|\.[A-Za-z0-9_\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        return text => pattern.Replace(text, match => byLabel[match.Value]);
    }

    private static List<AppendedRow> AppendedRows(CandidateReadResult candidates, List<string> ids, Func<string, string> relabel, DatasetStyle style,
        int firstLine, string datasetFile, List<Diagnostic> problems)
    {
        var csv = new CsvRowWriter(protectFormulas: false);
        var ending = Encoding.UTF8.GetBytes(style.LineEnding);
        var rows = new List<AppendedRow>();
        var line = firstLine;
        for (var i = 0; i < candidates.Rows.Count; i++)
        {
            var candidate = candidates.Rows[i];
            var fields = candidate.Fields.ToArray();
            fields[FigureColumns.Id] = ids[i];
            fields[FigureColumns.Notes] = relabel(fields[FigureColumns.Notes]);
            fields[FigureColumns.ConflictsWith] = string.Join(';', fields[FigureColumns.ConflictsWith].Split(';').Select(relabel));
            if (style.Width < FigureColumns.All.Count && fields[FigureColumns.ConflictsWith].Length > 0)
            {
                var (l, c) = candidate.FieldStarts[FigureColumns.ConflictsWith];
                problems.Add(new Diagnostic(candidates.File, l, c,
                    $"{datasetFile} has no conflicts_with column (its header stops at notes), so this conflict cannot be recorded; add the column to {datasetFile} first"));
            }
            csv.Clear();
            for (var column = 0; column < style.Width; column++) csv.Text(fields[column]);
            csv.EndRecord();
            var record = csv.Written[..^1].ToArray();
            var bytes = new byte[record.Length + ending.Length];
            record.CopyTo(bytes, 0);
            ending.CopyTo(bytes, record.Length);
            var lines = LineBreaks(record) + 1;
            rows.Add(new AppendedRow(candidate, ids[i], record, bytes, line, lines));
            line += lines;
        }
        return rows;
    }

    // A figure from one source is one row: a candidate that repeats one already in the dataset (or an
    // earlier candidate) with the same source, metric, value and unit is refused.
    private static void FindRepeats(FigureSet after, int firstLine, Locator locate, List<Diagnostic> problems)
    {
        var seen = new Dictionary<(string, Metric, decimal, decimal?, Unit), (Figure Figure, int Line)>();
        for (var i = 0; i < after.Figures.Count; i++)
        {
            var figure = after.Figures[i];
            var source = figure.SourceFile.Length > 0 ? "file:" + figure.SourceFile : "url:" + figure.Url;
            var key = (source, figure.Metric, figure.Value, figure.ValueMax, figure.Unit);
            if (!seen.TryGetValue(key, out var first))
            {
                seen[key] = (figure, after.Lines[i]);
                continue;
            }
            if (after.Lines[i] < firstLine) continue;
            var row = locate.Row(after.Lines[i]);
            var (line, column) = row.Candidate.FieldStarts[FigureColumns.Value];
            problems.Add(new Diagnostic(locate.CandidatesFile, line, column,
                $"repeats {first.Figure.Id} ({locate.Where(first.Line)}): the same source, metric, value and unit; a figure from one source is one row (leave this candidate out)"));
        }
    }

    private static List<Diagnostic> InOrder(IEnumerable<Diagnostic> problems) =>
        [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)];

    // Line breaks as the reader counts them: LF, CRLF and a lone CR each end a line.
    private static int LineBreaks(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n'))) count++;
        }
        return count;
    }

    internal sealed record AppendedRow(CandidateRow Candidate, string Id, byte[] Record, byte[] Bytes, int StartLine, int Lines);

    // Turns a place in the combined file into a place in the candidates file.
    private sealed partial class Locator(List<AppendedRow> rows, int firstLine, string datasetFile, string candidatesFile)
    {
        public string CandidatesFile => candidatesFile;

        public AppendedRow Row(int line) => rows.Last(r => r.StartLine <= line);

        public string Where(int line) => line < firstLine ? $"line {line} of {datasetFile}" : $"line {Row(line).Candidate.Line} of {candidatesFile}";

        public Diagnostic InCandidates(Diagnostic diagnostic)
        {
            var message = LineReference().Replace(diagnostic.Message, m => Where(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
            if (message.Contains(" back; ", StringComparison.Ordinal) && message.Contains($" of {datasetFile})", StringComparison.Ordinal))
                message += "; add never changes a row already in the dataset: add this candidate without the conflict, then record it in both rows by hand";
            if (diagnostic.Line < firstLine) return diagnostic with { Message = message, Severity = Severity.Invalid };
            var row = Row(diagnostic.Line);
            var starts = FieldLocator.LocateAll(row.Record, row.StartLine);
            var field = 0;
            for (var i = 1; i < Math.Min(starts.Length - 1, FigureColumns.All.Count); i++)
            {
                if (starts[i].Line < diagnostic.Line || (starts[i].Line == diagnostic.Line && starts[i].Column <= diagnostic.Column)) field = i;
            }
            var (line, column) = row.Candidate.FieldStarts[field];
            if (Regex.IsMatch(message, $@"(?<![A-Za-z0-9_.\-]){Regex.Escape(row.Id)}(?![A-Za-z0-9_\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
                message += $" ({row.Id} is the id this candidate would get)";
            // A warning of validate (two names for one body) stops an add: the dataset keeps one name per body.
            return new Diagnostic(candidatesFile, line, column, message, diagnostic.IsWarning ? Severity.Invalid : diagnostic.Severity);
        }

        [GeneratedRegex(@"\bline (\d+)\b")]
        private static partial Regex LineReference();
    }
}
