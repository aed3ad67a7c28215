using System.Text;
using CsvHelper;
using Figures.Core.Model;
using Figures.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Figures.Core.Export;
using Figures.Core.Reading;

namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>
/// Property tests: mutated datasets never crash reading or any command, and every valid dataset
/// survives a write and a read unchanged.
/// </summary>
public sealed partial class PropertyTests
{
    // "   at Namespace.Type.Method(" — not "   at least 14 localities" in a table.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+at [\w.`<>$|]+\(", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex StackTraceLine();

    private const int Cases = 200;
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(Cases);
    private static readonly byte[] Dataset = File.ReadAllBytes(Paths.Dataset);

    [Fact]
    public void Read_RandomByteMutationsOfDataset_NeverThrowAndGiveOneLineMessages()
    {
        // Given
        var edits = FigureGenerators.ByteEdits().ToArbitrary();

        // When / Then
        Check.One(Quick, Prop.ForAll(edits, list => ReadsSafely(list.Aggregate(Dataset, (bytes, edit) => edit.Apply(bytes)))));
    }

    [Fact]
    public void Read_RandomFieldMutationsOfDataset_NeverThrowAndGiveOneLineMessages()
    {
        // Given
        var edits = FigureGenerators.FieldEdits().ToArbitrary();

        // When / Then
        Check.One(Quick, Prop.ForAll(edits, list => ReadsSafely(WithFieldEdits(list))));
    }

    [Fact]
    public void Commands_RandomByteMutationsOfDataset_ExitZeroOneOrTwoAndWriteOnlyValidOutput()
    {
        // Given
        var edits = FigureGenerators.ByteEdits().ToArbitrary();

        // When / Then
        Check.One(Quick, Prop.ForAll(edits, list => CommandsBehave(list.Aggregate(Dataset, (bytes, edit) => edit.Apply(bytes)))));
    }

    [Fact]
    public void Commands_RandomFieldMutationsOfDataset_ExitZeroOneOrTwoAndWriteOnlyValidOutput()
    {
        // Given
        var edits = FigureGenerators.FieldEdits().ToArbitrary();

        // When / Then
        Check.One(Quick, Prop.ForAll(edits, list => CommandsBehave(WithFieldEdits(list))));
    }

    [Fact]
    public void WriteThenRead_AnyValidDataset_GivesEqualFiguresAndIdenticalBytes()
    {
        // Given
        var datasets = FigureGenerators.Dataset().ToArbitrary();

        // When / Then
        Check.One(Quick, Prop.ForAll(datasets, figures =>
        {
            using var first = new MemoryStream();
            FigureCsvWriter.Write(first, figures);
            var set = FigureFileReader.Read(new MemoryStream(first.ToArray()), "generated.csv");
            Assert.True(set.IsValid, string.Join("\n", set.Problems) + "\n" + Encoding.UTF8.GetString(first.ToArray()));
            Assert.Equal(figures, set.Figures);
            using var second = new MemoryStream();
            FigureCsvWriter.Write(second, set.Figures);
            Assert.Equal(first.ToArray(), second.ToArray());
        }));
    }

    private static bool ReadsSafely(byte[] bytes)
    {
        var set = FigureFileReader.Read(new MemoryStream(bytes), "mutated.csv");
        foreach (var problem in set.Problems)
        {
            var line = problem.ToString();
            Assert.True(problem.Line >= 1 && problem.Column >= 1, line);
            Assert.DoesNotContain('\n', line);
            Assert.DoesNotContain('\r', line);
            Assert.True(line.Length < 1000, $"a {line.Length}-character message");
        }
        Assert.Equal(set.Problems.Count == 0, set.IsValid);
        return true;
    }

    private static bool CommandsBehave(byte[] bytes)
    {
        var folder = Paths.TempFolder();
        var data = Path.Combine(folder, "figures.csv");
        var target = Path.Combine(folder, "out.csv");
        File.WriteAllBytes(data, bytes);
        var runs = new[]
        {
            CliRunner.Run("validate", data),
            CliRunner.Run("list", "--data", data),
            CliRunner.Run("list", "--data", data, "--format", "json"),
            CliRunner.Run("export", "--data", data, "--format", "hxl", "--out", target),
        };
        foreach (var (code, output, error) in runs)
        {
            Assert.Contains(code, new[] { 0, 1, 2 });
            Assert.DoesNotMatch(StackTraceLine(), output + error);
            Assert.DoesNotContain("Exception", error);
            Assert.DoesNotContain("internal error", error);
        }
        Assert.Equal(runs[3].ExitCode == 0, File.Exists(target));
        if (File.Exists(target)) OutputAssert.CsvReadsBack(target);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        Assert.Equal(bytes, File.ReadAllBytes(data));
        Directory.Delete(folder, recursive: true);
        return true;
    }

    private static byte[] WithFieldEdits(FieldEdit[] edits)
    {
        var rows = new List<string[]>();
        using (var csv = CsvReader.Create(new MemoryStream(Dataset), CsvReaderOptions.Default with { HasHeader = false }))
        {
            while (csv.Read())
            {
                var row = new string[csv.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = csv.GetString(i);
                rows.Add(row);
            }
        }
        foreach (var edit in edits) rows[1 + edit.Row % (rows.Count - 1)][edit.Column] = edit.Value;
        using var output = new MemoryStream();
        using (var writer = CsvWriter.Create(output, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            foreach (var row in rows) writer.WriteRecord(row);
            writer.Flush();
        }
        return output.ToArray();
    }
}
