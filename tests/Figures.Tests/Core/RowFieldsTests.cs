using System.Text;
using CsvHelper;
using Figures.Core.Validation;
using FsCheck;
using FsCheck.Fluent;
using Figures.Core.Reading;

namespace Figures.Tests.Core;

/// <summary>
/// A row decoded straight from the reader's record (widened once, each field found in it by where
/// its bytes are) holds exactly the text CsvHelper gives for each field.
/// </summary>
public sealed class RowFieldsTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(500);

    // Fields made of what quoting is about, sometimes quoted when they need not be.
    private static readonly Gen<(string Text, bool Quoted)> Field =
        from text in Gen.Elements("", "a", "Idlib", ",", "\"", "\"\"", "\n", "\r\n", " ", "38,500", "é", "😀").ListOf().Resize(6).Select(string.Concat)
        from quoted in Gen.Elements(false, false, true)
        select (text, quoted);

    [Fact]
    public void Decode_AnyRecords_SameTextAsCsvHelperGives()
    {
        var records =
            from width in Gen.Choose(1, 8)
            from rows in Field.ListOf(width).ListOf().Resize(5).Where(rows => rows.Count > 0)
            select rows;

        Check.One(Many, Prop.ForAll(records.ToArbitrary(), rows =>
        {
            // Given
            var bytes = Write(rows);
            using var csv = CsvReader.Create(bytes, FigureFileReader.CsvOptions(_ => throw new InvalidOperationException("malformed")));
            var row = new RowFields(8);

            while (csv.Read())
            {
                // When
                row.Decode(csv, csv.FieldCount, skip: null);

                // Then
                for (var i = 0; i < csv.FieldCount; i++) Assert.Equal(csv.GetString(i), row[i].ToString());
            }
        }));
    }

    [Fact]
    public void Decode_SkippedColumns_AreEmpty()
    {
        // Given
        using var csv = CsvReader.Create("\"a\"\"b\",c,\"d\"\n"u8.ToArray(), FigureFileReader.CsvOptions(_ => { }));
        var row = new RowFields(3);
        Assert.True(csv.Read());

        // When
        row.Decode(csv, 3, skip: [false, true, false]);

        // Then
        Assert.Equal(["a\"b", "", "d"], [row[0].ToString(), row[1].ToString(), row[2].ToString()]);
    }

    private static byte[] Write(IReadOnlyList<IReadOnlyList<(string Text, bool Quoted)>> rows)
    {
        using var output = new MemoryStream();
        using (var writer = CsvWriter.Create(output, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                foreach (var (text, quoted) in row) writer.WriteField(text, quoted ? CsvQuoting.Always : CsvQuoting.WhenNeeded);
                writer.EndRecord();
            }
            writer.Flush();
        }
        return output.ToArray();
    }
}
