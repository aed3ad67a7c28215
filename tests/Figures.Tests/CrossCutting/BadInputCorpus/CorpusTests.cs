using System.Text;
using Figures.Tests.Support;
using Figures.Core.Export;
using Figures.Core.Reading;

namespace Figures.Tests.CrossCutting.BadInputCorpus;

/// <summary>
/// Every file of the bad-input corpus through the command line: the exact FILE:LINE:COLUMN messages
/// and exit code, never a stack trace, and nothing written by an export of a file that is not valid.
/// </summary>
public sealed class CorpusTests
{
    /// <summary>The corpus files, for the theories.</summary>
    public static TheoryData<string> Files() => new(CorpusCase.Names());

    [Fact]
    public void Corpus_Files_AtLeastThirtyEachWithExpectation()
    {
        // Given
        var names = CorpusCase.Names().ToList();

        // When
        var missing = names.Where(n => !File.Exists(Path.Combine(CorpusCase.Folder, Path.ChangeExtension(n, ".expected")))).ToList();

        // Then
        Assert.True(names.Count >= 30, $"only {names.Count} corpus files");
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_CorpusFile_PrintsExactMessagesAndExitCode(string name)
    {
        // Given
        var expected = CorpusCase.Load(name);
        var path = CopyToTemp(name);

        // When
        var (code, output, error) = CliRunner.Run("validate", path);

        // Then
        AssertNoStackTrace(output + error);
        Assert.Equal(expected.Lines, StderrLines(error, path, name));
        Assert.Equal(expected.ExitCode, code);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Export_CorpusFile_WritesNothingUnlessValid(string name)
    {
        // Given
        var expected = CorpusCase.Load(name);
        var path = CopyToTemp(name);
        var folder = Path.GetDirectoryName(path)!;
        var target = Path.Combine(folder, "out.csv");

        // When
        var (code, output, error) = CliRunner.Run("export", "--data", path, "--out", target);

        // Then
        AssertNoStackTrace(output + error);
        Assert.Equal(expected.ExitCode, code);
        if (expected.ExitCode == 0)
        {
            OutputAssert.CsvReadsBack(target);
            Assert.True(FigureFileReader.ReadFile(target).IsValid);
        }
        else
        {
            Assert.False(File.Exists(target), "an export of invalid input wrote its output");
            Assert.Equal(expected.Lines, StderrLines(error, path, name).Take(expected.Lines.Count));
        }
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Theory]
    [InlineData("newline-in-quoted-field.csv", "first line\nsecond line, with a comma")]
    [InlineData("crlf-line-endings.csv", "line one\r\nline two")]
    public void Export_LineBreakInQuotedField_SurvivesIntoTheExport(string name, string notes)
    {
        // Given
        var path = CopyToTemp(name);
        var target = Path.Combine(Path.GetDirectoryName(path)!, "out.csv");

        // When
        var set = FigureFileReader.ReadFile(path);
        var (code, _, _) = CliRunner.Run("export", "--data", path, "--out", target);

        // Then
        Assert.Equal(notes, set.Figures[0].Notes);
        Assert.Equal(2, set.Figures.Count);
        Assert.Equal(0, code);
        Assert.Equal(notes, OutputAssert.CsvReadsBack(target)[1][Figures.Core.Model.FigureColumns.Notes]);
    }

    [Fact]
    public void Validate_OneMegabyteQuotedNotes_IsValidAndSurvivesRoundTrip()
    {
        // Given: a notes field of 1 MiB with commas, quotes and line breaks in it
        var notes = string.Concat(Enumerable.Repeat("a, \"b\"\nc ", 1 << 17));
        var text = Csv.File(Csv.RowWith(Figures.Core.Model.FigureColumns.Notes, "\"" + notes.Replace("\"", "\"\"") + "\""));
        var path = Path.Combine(Paths.TempFolder(), "big.csv");
        File.WriteAllText(path, text);

        // When
        var (code, output, error) = CliRunner.Run("validate", path);
        var set = FigureFileReader.ReadFile(path);
        using var written = new MemoryStream();
        FigureCsvWriter.Write(written, set.Figures);

        // Then
        Assert.Equal(0, code);
        Assert.Equal("", error);
        AssertNoStackTrace(output);
        Assert.Equal(notes, Assert.Single(set.Figures).Notes);
        Assert.Equal(text, Encoding.UTF8.GetString(written.ToArray()));
    }

    [Fact]
    public void Validate_OneMegabyteValue_GivesOneShortLine()
    {
        // Given
        var path = Path.Combine(Paths.TempFolder(), "big-value.csv");
        File.WriteAllText(path, Csv.File(Csv.RowWith(Figures.Core.Model.FigureColumns.Value, new string('9', 1 << 20))));

        // When
        var (code, _, error) = CliRunner.Run("validate", path);

        // Then
        Assert.Equal(1, code);
        Assert.Equal(
            [$"big-value.csv:2:20: value '{new string('9', 60)}… (1048576 characters)' has more digits than a value can hold exactly (28 significant digits at most); round it"],
            StderrLines(error, path, "big-value.csv"));
    }

    [Fact]
    public void Validate_QuoteNeverClosedInHugeFile_StopsAtTheRecordLimit()
    {
        // Given: a quote opened on line 2 and never closed, followed by 17 MiB of rows
        var path = Path.Combine(Paths.TempFolder(), "huge.csv");
        var row = Csv.RowWith(Figures.Core.Model.FigureColumns.Quote, "over 38500 people"); // no quote to close it
        using (var writer = new StreamWriter(path))
        {
            writer.Write(Csv.Header + "\n\"");
            for (var written = 0; written < 17 << 20; written += row.Length + 1) writer.Write(row + "\n");
        }

        // When
        var (code, output, error) = CliRunner.Run("validate", path);

        // Then
        AssertNoStackTrace(output + error);
        Assert.Equal(1, code);
        Assert.Equal(["huge.csv:2:1: a record starting here is longer than 16 MB; is a quote never closed?"], StderrLines(error, path, "huge.csv"));
    }

    private static string CopyToTemp(string name)
    {
        var path = Path.Combine(Paths.TempFolder(), name);
        File.Copy(Path.Combine(CorpusCase.Folder, name), path);
        return path;
    }

    private static string[] StderrLines(string error, string path, string name) =>
        error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Replace(path, name, StringComparison.Ordinal))
            .ToArray();

    private static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("internal error", text);
    }
}
