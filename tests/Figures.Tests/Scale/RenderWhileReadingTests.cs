using System.Text;
using Figures.Core.Csv;
using Figures.Core.Export;
using Figures.Core.Model;
using Figures.Core.Synthetic;
using Figures.Tests.Hardening;
using Figures.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Figures.Tests.Scale;

/// <summary>
/// A CSV or JSON list or export formats its rows while the file is read (<see cref="FigureReadOptions.Render"/>).
/// Its bytes must be exactly those of writing the kept figures afterwards, in one pass or in chunks.
/// </summary>
public sealed class RenderWhileReadingTests
{
    private readonly string _folder = Paths.TempFolder();

    /// <summary>The valid corpus files (their expectation is exit 0).</summary>
    public static TheoryData<string> ValidCorpusFiles() =>
        new(CorpusCase.Names().Where(name => CorpusCase.Load(name).ExitCode == 0));

    [Theory]
    [MemberData(nameof(ValidCorpusFiles))]
    public void Render_ValidCorpusFile_SameBytesAsWritingTheFigures(string name)
    {
        var path = Path.Combine(CorpusCase.Folder, name);
        foreach (var format in (RowFormat[])[RowFormat.Csv, RowFormat.Json])
            foreach (var chunkBytes in (int[])[1, 64, 1 << 20])
                AssertSameExport(path, FigureReadOptions.Default with { ChunkBytes = chunkBytes }, format);
    }

    [Fact]
    public void Render_FormulaLikeTextAndFilters_SameBytesAsWritingTheFigures()
    {
        // Given: synthetic rows, some with text a spreadsheet would run, read in one pass and in chunks
        var figures = SyntheticFigures.Generate(4_000).Select((f, i) => (i % 7) switch
        {
            0 => f with { Notes = "=HYPERLINK(\"http://evil\",\"x\")" },
            1 => f with { Location = "-5 km north of " + f.Admin1 },
            2 => f with { Title = "@SUM(A1:A9) " + f.Title },
            _ => f,
        });
        var path = Path.Combine(_folder, "formulas.csv");
        using (var file = File.Create(path)) FigureCsvWriter.Write(file, figures);

        // Then
        foreach (var format in (RowFormat[])[RowFormat.Csv, RowFormat.Json])
            foreach (var chunkBytes in (int[])[8 * 1024, 1 << 30])
            {
                AssertSameExport(path, new FigureReadOptions { ChunkBytes = chunkBytes }, format);
                AssertSameExport(path, new FigureReadOptions { ChunkBytes = chunkBytes, Keep = facets => facets.Metric == Metric.Displaced }, format);
            }
    }

    private static string Spelling(string pcode, int pick)
    {
        var spellings = Figures.Core.Places.Gazetteer.ByCode(pcode)!.Spellings;
        return spellings[pick % spellings.Count];
    }

    [Fact]
    public void Render_AnyFreeText_SameBytesAsWritingTheFigures()
    {
        // Rows formatted while reading take their text straight from the bytes read, and a CSV list
        // leaves undecoded the columns no rule and no filter reads: any text must still come out as
        // writing the figures gives it, and a filter on the columns it does read must still see them.
        var tricky = Gen.Elements(",", "\"", "\n", "\r\n", "=", "+", "-", "@", "\t", "'", " ", "a", "Idlib", "é", "إدلب", "😀", "\u0001", "")
            .ListOf().Resize(6).Select(string.Concat);
        // Any text but NUL, which makes a file binary and is refused.
        var text = Gen.OneOf(tricky, ArbMap.Default.ArbFor<string>().Generator.Select(s => (s ?? "").Replace("\0", "")));
        var rows = text.ListOf(6).ListOf(12);
        var run = 0;

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(30), Prop.ForAll(rows.ToArbitrary(), texts =>
        {
            // Given
            var figures = SyntheticFigures.Generate(texts.Count).Select((f, i) => f with
            {
                Location = texts[i][0],
                // admin1 is checked against its p-code: any of the governorate's spellings, picked by the text
                Admin1 = f.Admin1Pcode.Length == 0 ? "" : Spelling(f.Admin1Pcode, texts[i][1].Length),
                AttributedTo = texts[i][2],
                Publisher = texts[i][3],
                Title = texts[i][4],
                Notes = texts[i][5],
            });
            var path = Path.Combine(_folder, $"text-{run++}.csv");
            using (var file = File.Create(path)) FigureCsvWriter.Write(file, figures);
            // and the same file as a tool that quotes every field writes it
            var quotedPath = Path.Combine(_folder, $"text-{run++}-quoted.csv");
            File.WriteAllBytes(quotedPath, QuoteEveryField(File.ReadAllBytes(path)));

            // Then
            foreach (var input in (string[])[path, quotedPath])
                foreach (var format in (RowFormat[])[RowFormat.Csv, RowFormat.Json])
                    foreach (var chunkBytes in (int[])[64, 1 << 30])
                    {
                        AssertSameExport(input, new FigureReadOptions { ChunkBytes = chunkBytes }, format);
                        AssertSameExport(input, new FigureReadOptions { ChunkBytes = chunkBytes, Keep = facets => facets.Publisher.Length % 2 == 0 && !facets.Admin1.Contains('a') }, format);
                    }
        }));
    }

    [Fact]
    public void Render_FileWithAProblem_RendersNothing()
    {
        // Given: a duplicate id deep in the file: rows before it were already formatted
        var lines = Encoding.UTF8.GetString(SyntheticCsv.Bytes(3_000)).Split('\n').ToList();
        lines[2_500] = "SYN-0000001" + lines[2_500][lines[2_500].IndexOf(',')..];
        var path = Path.Combine(_folder, "duplicate.csv");
        File.WriteAllText(path, string.Join('\n', lines));

        foreach (var chunkBytes in (int[])[8 * 1024, 1 << 30])
        {
            // When
            var set = FigureFileReader.ReadFile(path, new FigureReadOptions { Render = RowFormat.Json, ChunkBytes = chunkBytes });

            // Then
            Assert.False(set.IsValid);
            Assert.Null(set.Rendered);
        }
    }

    [Fact]
    public void Render_NotAsked_IsNull()
    {
        var path = Path.Combine(_folder, "plain.csv");
        File.WriteAllBytes(path, SyntheticCsv.Bytes(10));

        Assert.Null(FigureFileReader.ReadFile(path).Rendered);
    }

    // The same records with every field in quotes, quotes doubled, as some tools write CSV.
    private static byte[] QuoteEveryField(byte[] csv)
    {
        using var reader = CsvHelper.CsvReader.Create(csv, FigureFileReader.CsvOptions(_ => throw new InvalidDataException("malformed")));
        var quoted = new StringBuilder();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
                quoted.Append(i == 0 ? "" : ",").Append('"').Append(reader.GetString(i).Replace("\"", "\"\"")).Append('"');
            quoted.Append('\n');
        }
        return Encoding.UTF8.GetBytes(quoted.ToString());
    }

    [Fact]
    public void Render_FileWithTheHeaderBeforeConflictsWith_SameBytesAsWritingTheFigures()
    {
        // Given: a file written before conflicts_with was added, and the synthetic rows that name each other
        var lines = Encoding.UTF8.GetString(SyntheticCsv.Bytes(SyntheticFigures.Generate(3_000).Select(f => f with { ConflictsWith = "" }))).Split('\n');
        lines[0] = string.Join(',', FigureColumns.Legacy);
        var legacy = Path.Combine(_folder, "legacy.csv");
        File.WriteAllText(legacy, string.Join('\n', lines.Select(line => line.EndsWith(',') ? line[..^1] : line)));
        var current = Path.Combine(_folder, "current.csv");
        // (the first three rows name each other: two ids in a field)
        var triangle = SyntheticFigures.Generate(3_000).Select((f, i) => i < 3 ? f with { ConflictsWith = string.Join(';', Enumerable.Range(0, 3).Where(j => j != i).Select(j => $"SYN-{j:0000000}")) } : f);
        using (var file = File.Create(current)) FigureCsvWriter.Write(file, triangle);

        // Then: an export of either has every column, conflicts_with empty or as the rows give it
        foreach (var path in (string[])[legacy, current])
            foreach (var format in (RowFormat[])[RowFormat.Csv, RowFormat.Json])
                foreach (var chunkBytes in (int[])[8 * 1024, 1 << 30])
                    AssertSameExport(path, new FigureReadOptions { ChunkBytes = chunkBytes }, format);
    }

    private static void AssertSameExport(string path, FigureReadOptions options, RowFormat format)
    {
        // Given: the figures, kept as objects and written afterwards
        var kept = FigureFileReader.ReadFile(path, options);
        Assert.True(kept.IsValid, string.Join('\n', kept.Problems));
        using var expected = new MemoryStream();
        FigureExporter.Write(expected, kept.Figures, format == RowFormat.Json ? ExportFormat.Json : ExportFormat.Csv);

        // When: the same rows formatted while reading
        var rendered = FigureFileReader.ReadFile(path, options with { Render = format });
        using var actual = new MemoryStream();
        FigureExporter.WriteRendered(actual, rendered.Rendered!);

        // Then
        Assert.Empty(rendered.Figures);
        Assert.Equal(kept.Figures.Count, rendered.Rendered!.Count);
        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), Encoding.UTF8.GetString(actual.ToArray()));
    }

}
