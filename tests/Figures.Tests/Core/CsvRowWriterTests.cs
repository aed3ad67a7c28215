using System.Globalization;
using System.Text;
using CsvHelper;
using FsCheck;
using FsCheck.Fluent;
using Figures.Core.Export;

namespace Figures.Tests.Core;

/// <summary>
/// Our row writer gives, byte for byte, what CsvHelper's writer gives with the same settings
/// (LF, invariant culture, formulas escaped or not), for any text, number and date.
/// </summary>
public sealed class CsvRowWriterTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(500);

    // Text made mostly of the characters that decide quoting and escaping.
    private static readonly Gen<string> TrickyText =
        Gen.Elements(",", "\"", "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", "'", " ", "a", "Idlib", "é", "إدلب", "😀", "\ud800", "")
            .ListOf().Resize(8).Select(string.Concat);

    public static TheoryData<bool> Modes => [true, false];

    [Theory]
    [MemberData(nameof(Modes))]
    public void Text_AnyFields_SameBytesAsCsvHelper(bool protectFormulas)
    {
        // Records of one width (CsvHelper insists), one to six fields.
        var field = Gen.OneOf(TrickyText, ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? ""));
        var records =
            from width in Gen.Choose(1, 6)
            from count in Gen.Choose(1, 4)
            from rows in field.ListOf(width).ListOf(count)
            select rows;

        Check.One(Many, Prop.ForAll(records.ToArbitrary(), rows =>
        {
            // When
            var ours = Ours(protectFormulas, csv =>
            {
                foreach (var row in rows)
                {
                    foreach (var field in row) csv.Text(field);
                    csv.EndRecord();
                }
            });
            var theirs = Theirs(protectFormulas, csv =>
            {
                foreach (var row in rows)
                {
                    foreach (var field in row) csv.WriteField(field.AsSpan());
                    csv.EndRecord();
                }
            });

            // Then
            Assert.Equal(Show(theirs), Show(ours));
        }));
    }

    [Fact]
    public void Number_EdgeValues_SameBytesAsCsvHelper()
    {
        // Whole numbers of scale 0 within a long take a shortcut; these sit on and past its edges.
        decimal[] values = [0m, -0m, 1.0m, 100m, 38500m, long.MaxValue, long.MinValue, (decimal)long.MaxValue + 1, (decimal)long.MinValue - 1, decimal.MaxValue, decimal.MinValue, 0.0000001m];

        var ours = Ours(protectFormulas: true, csv =>
        {
            foreach (var value in values) csv.Number(value);
            csv.EndRecord();
        });
        var theirs = Theirs(protectFormulas: true, csv =>
        {
            foreach (var value in values) csv.WriteField(value, default);
            csv.EndRecord();
        });

        Assert.Equal(Show(theirs), Show(ours));
    }

    [Fact]
    public void NumberAndDate_AnyValues_SameBytesAsCsvHelper()
    {
        var values =
            from units in Gen.Choose(int.MinValue, int.MaxValue)
            from scale in Gen.Choose(0, 6)
            from missing in Gen.Elements(false, false, true)
            from days in Gen.Choose(0, DateOnly.MaxValue.DayNumber)
            select (Value: missing ? (decimal?)null : new decimal(units) / (decimal)Math.Pow(10, scale), Date: missing ? (DateOnly?)null : DateOnly.FromDayNumber(days));

        Check.One(Many, Prop.ForAll(Gen.Choose(1, 5).SelectMany(n => values.ListOf(n)).ToArbitrary(), list =>
        {
            // When: protected, so that a negative number would show if it were treated as a formula
            var ours = Ours(protectFormulas: true, csv =>
            {
                foreach (var (value, date) in list)
                {
                    csv.Number(value);
                    csv.Date(date);
                }
                csv.EndRecord();
            });
            var theirs = Theirs(protectFormulas: true, csv =>
            {
                foreach (var (value, date) in list)
                {
                    if (value is { } v) csv.WriteField(v, default); else csv.WriteField("");
                    csv.WriteField(date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
                }
                csv.EndRecord();
            });

            // Then
            Assert.Equal(Show(theirs), Show(ours));
        }));
    }

    [Theory]
    [InlineData("=SUM(A1)", true, "\"'=SUM(A1)\"\n")]
    [InlineData("=SUM(A1)", false, "=SUM(A1)\n")]
    [InlineData("-5 people", true, "\"'-5 people\"\n")]
    [InlineData("said \"more than 38,500\"", true, "\"said \"\"more than 38,500\"\"\"\n")]
    [InlineData(" =1", true, " =1\n")]
    public void Text_KnownCases_AreQuotedAndEscapedAsExpected(string field, bool protectFormulas, string expected)
    {
        // When
        var written = Ours(protectFormulas, csv =>
        {
            csv.Text(field);
            csv.EndRecord();
        });

        // Then
        Assert.Equal(expected, Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void Text_FieldsLargerThanTheBuffer_AreWrittenWhole()
    {
        // Given: fields of 200,000 characters, beyond the writer's first buffer
        var plain = new string('x', 200_000);
        var quoted = string.Concat(Enumerable.Repeat("a\"", 100_000));

        // When
        var written = Ours(protectFormulas: true, csv =>
        {
            csv.Text(plain);
            csv.Text(quoted);
            csv.EndRecord();
        });

        // Then
        Assert.Equal(plain + ",\"" + quoted.Replace("\"", "\"\"") + "\"\n", Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void Clear_AfterARecord_StartsAFreshRecordWithNoSeparator()
    {
        // Given
        var csv = new CsvRowWriter(protectFormulas: false);
        csv.Text("a");
        csv.Text("b");

        // When
        csv.Clear();
        csv.Text("c");
        csv.EndRecord();

        // Then
        Assert.Equal("c\n", Encoding.UTF8.GetString(csv.Written));
    }

    [Fact]
    public void EndRecord_WithNoField_IsRefusedAsCsvHelperRefusesIt()
    {
        // Given
        var csv = new CsvRowWriter(protectFormulas: false);

        // When / Then
        Assert.Throws<InvalidOperationException>(csv.EndRecord);
        Assert.Throws<InvalidOperationException>(() => Theirs(protectFormulas: false, writer => writer.EndRecord()));
    }

    private static byte[] Ours(bool protectFormulas, Action<CsvRowWriter> write)
    {
        var csv = new CsvRowWriter(protectFormulas);
        write(csv);
        return csv.Written.ToArray();
    }

    private static byte[] Theirs(bool protectFormulas, Action<CsvWriter> write)
    {
        using var output = new MemoryStream();
        var options = CsvWriterOptions.Default with
        {
            NewLine = "\n",
            FormatProvider = CultureInfo.InvariantCulture,
            Injection = protectFormulas ? CsvInjection.Escape : CsvInjection.None,
        };
        using (var csv = CsvWriter.Create(output, options, leaveOpen: true))
        {
            write(csv);
            csv.Flush();
        }
        return output.ToArray();
    }

    // Bytes shown so that a failure tells where they differ, control characters included.
    private static string Show(byte[] bytes) => Convert.ToHexString(bytes) + " | " + Encoding.UTF8.GetString(bytes).ReplaceLineEndings("⏎");
}
