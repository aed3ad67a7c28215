using System.Text;
using Figures.Core.Diagnostics;
using Figures.Tests.Support;
using Figures.Core.Reading;

namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>
/// Pathological sizes take bounded work and memory: a header of a million columns is located in
/// one walk, and millions of problems keep only the first of each kind while counting them all.
/// Work is counted, not timed.
/// </summary>
public sealed class BoundedWorkTests
{
    [Fact]
    public void Read_HeaderOfManyColumns_IsLocatedInOneWalk()
    {
        // Given: 20,000 unknown columns, each a problem that needs its column
        var header = string.Join(',', Enumerable.Range(0, 20_000).Select(i => $"c{i}"));
        var bytes = Encoding.UTF8.GetBytes(header + "\n");

        // When
        FieldLocator.BytesWalked = 0;
        var set = Csv.Read(bytes);

        // Then: every byte of the header walked about once (a walk per problem would be some 10,000 times as many)
        Assert.InRange(FieldLocator.BytesWalked, 1, 2L * bytes.Length);
        Assert.Equal(20_001, set.ProblemCount);
        var extra = Assert.Single(set.Problems, p => p.Message.StartsWith("extra column 'c20';", StringComparison.Ordinal));
        Assert.Equal((1, header.IndexOf(",c20,", StringComparison.Ordinal) + 2), (extra.Line, extra.Column));
    }

    [Fact]
    public void LocateAll_GivesTheSamePlacesAsLocate()
    {
        // Given: quoted fields with commas, line breaks (LF, CRLF, CR) and multi-byte characters
        var raw = Encoding.UTF8.GetBytes("a,\"b,\nc\",é€🏠,\"\r\nx\"\"y\",,z\rw,\"\"");

        // When
        var all = FieldLocator.LocateAll(raw, 7);

        // Then
        for (var field = 0; field < all.Length; field++) Assert.Equal(FieldLocator.Locate(raw, 7, field), all[field]);
    }

    [Fact]
    public void Validate_MillionColumnHeader_ReportsBoundedLinesAndTheExactTotal()
    {
        // Given: a size at which locating each column from the start (the old way) took minutes
        var path = Path.Combine(Paths.TempFolder(), "wide.csv");
        File.WriteAllText(path, string.Join(',', Enumerable.Range(0, 1_000_000).Select(i => $"c{i}")) + "\n" + new string(',', 999_999) + "\n");

        // When
        var (code, output, error) = CliRunner.Run("validate", path);

        // Then
        Assert.Equal(1, code);
        Assert.Equal($"{path}: 1000001 problems in 0 rows", output.Trim());
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length <= 3 * ProblemList.PerKind, $"{lines.Length} lines");
        var omitted = 1_000_000 - Figures.Core.Model.FigureColumns.All.Count - ProblemList.PerKind; // extra columns past the first 200
        Assert.Contains(lines, l => l.StartsWith($"{path}: {omitted} more problems like {path}:1:", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ManyRowsOfEmptyFields_KeepsTheFirstOfEachKindAndCountsAll()
    {
        // Given: 500,000 rows of empty fields (10 MB: read in chunks, on every core)
        var rows = 500_000;
        var text = new StringBuilder(Csv.Header.Length + rows * 21).Append(Csv.Header).Append('\n');
        for (var i = 0; i < rows; i++) text.Append(',', 19).Append('\n');
        var path = Path.Combine(Paths.TempFolder(), "empty.csv");
        File.WriteAllText(path, text.ToString());

        // When
        var set = FigureFileReader.ReadFile(path, new FigureReadOptions { ValidateOnly = true });

        // Then: seven kinds (id, metric, value, unit, qualifier, quote and url/source_file required), 200 of each kept
        var perRow = Csv.Read(Csv.File(new string(',', 19))).ProblemCount;
        Assert.Equal(rows * perRow, set.ProblemCount);
        Assert.Equal(perRow * ProblemList.PerKind, set.Problems.Count);
        Assert.All(set.Omitted, o => Assert.Equal(rows - ProblemList.PerKind, o.Omitted));
        Assert.Equal(Severity.Invalid, set.Severity);
    }

    [Fact]
    public void ProblemList_EndlessWordings_StaysBounded()
    {
        // Given: every problem worded differently outside its quotes (an unbalanced quote in the echoed text)
        var problems = new ProblemList();

        // When
        for (var i = 0; i < 300_000; i++) problems.Add(new Diagnostic("f", i, 1, $"unknown metric 'x'{Letters(i)}'"), 1);

        // Then: at most MaxKinds wordings, then one shared kind; the total stays exact
        Assert.Equal(300_000, problems.Total);
        Assert.True(problems.Count <= (ProblemList.MaxKinds + 1) * ProblemList.PerKind, $"{problems.Count} kept");
    }

    [Fact]
    public void ProblemList_OmittedProblemOfHigherSeverity_StillSetsTheExitCode()
    {
        var problems = new ProblemList();
        for (var i = 0; i < ProblemList.PerKind; i++) problems.Add(new Diagnostic("f", i, 1, "x is required"), 3);

        problems.Add(new Diagnostic("f", 9999, 1, "x is required", Severity.Unusable), 3);

        Assert.Equal(Severity.Unusable, problems.Severity);
        Assert.Equal(ProblemList.PerKind, problems.Count);
    }

    private static string Letters(int number)
    {
        var letters = new StringBuilder();
        for (; number > 0; number /= 26) letters.Append((char)('a' + number % 26));
        return letters.ToString();
    }
}
