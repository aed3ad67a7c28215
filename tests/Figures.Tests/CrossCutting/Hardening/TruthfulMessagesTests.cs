using Figures.Core.Diagnostics;
using System.Text;
using Figures.Core.Model;
using Figures.Tests.Support;

namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>
/// Values decimal cannot hold exactly are refused as written; near-miss numbers and foreign
/// encodings are named for what they are; ids keep to one alphabet.
/// </summary>
public sealed class TruthfulMessagesTests
{
    [Theory]
    [InlineData("+38500", "value '+38500' has a plus sign; write 38500")]
    [InlineData("38500.", "value '38500.' ends with a decimal point; write 38500")]
    [InlineData(".5", "value '.5' starts with a decimal point; write 0.5")]
    [InlineData("\u221238500", "value '\u221238500' is negative (its first character is a minus sign or a dash, U+2212); counts and proportions are never below zero")]
    [InlineData("\u201338500", "value '\u201338500' is negative (its first character is a minus sign or a dash, U+2013); counts and proportions are never below zero")]
    [InlineData("38500.0000000000000000000000001", "value '38500.0000000000000000000000001' has more digits than a value can hold exactly (28 significant digits at most); round it")]
    [InlineData("0.00000000000000000000000000001", "value '0.00000000000000000000000000001' has more digits than a value can hold exactly (28 significant digits at most); round it")]
    [InlineData("79228162514264337593543950336", "value '79228162514264337593543950336' has more digits than a value can hold exactly (28 significant digits at most); round it")]
    [InlineData("three thousand", "value 'three thousand' is written in words; write 3000")]
    [InlineData("38500!", "value '38500!' is not a number (use digits and an optional '.', e.g. 38500)")]
    public void Read_NearMissValue_SaysWhatItIs(string value, string message)
    {
        // When
        var set = Csv.Read(Csv.File(Csv.RowWith(FigureColumns.Value, value)));

        // Then
        Assert.Equal([$"test.csv:2:20: {message}"], set.Problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("38.50")] // 2 decimals: held exactly (a percent may have them)
    [InlineData("0012.5")]
    [InlineData("1234567890123456789012345678")] // 28 digits
    [InlineData("79228162514264337593543950335")] // decimal's largest value, 29 digits, exact
    public void Read_ValueHeldExactly_IsAccepted(string value)
    {
        // Given: a percent when it has decimals (a count is whole)
        var fields = Csv.ValidFields();
        fields[FigureColumns.Value] = value;
        fields[FigureColumns.Unit] = value.Contains('.') ? "percent" : "people";
        fields[FigureColumns.Quote] = "x";

        // When
        var set = Csv.Read(Csv.File(Csv.Row(fields)));

        // Then: whatever else is said (the quote), the value itself is not refused
        Assert.DoesNotContain(set.Problems, p => p.Message.StartsWith("value ", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Utf32File_IsCalledUtf32()
    {
        // Given: UTF-32 little-endian with its byte order mark (FF FE 00 00, which starts like UTF-16's FF FE)
        var bytes = new UTF32Encoding(bigEndian: false, byteOrderMark: true).GetPreamble().Concat(Encoding.UTF32.GetBytes(Csv.File(Csv.Row(Csv.ValidFields())))).ToArray();

        // When
        var set = Csv.Read(bytes);

        // Then
        Assert.Equal(["test.csv:1:1: the file is UTF-32 text; save it as UTF-8 ('CSV UTF-8' in Excel)"], set.Problems.Select(p => p.ToString()));
        Assert.Equal(Severity.Unusable, set.Severity);
    }

    [Theory]
    [InlineData("IDL\u001B[2J", "id 'IDL\\u001B[2J' has a control character (U+001B) at character 4")]
    [InlineData("IDL-\u202E1000", "id 'IDL-\\u202E1000' has a bidirectional control (U+202E) at character 5")]
    [InlineData("\"IDL\n0001\"", "id 'IDL\\n0001' has a control character (U+000A) at character 4")]
    [InlineData("\u0130DL-0002", "id '\u0130DL-0002' has '\u0130' (U+0130, not ASCII) at character 1")]
    [InlineData("STRA\u00DFE-1", "id 'STRA\u00DFE-1' has '\u00DF' (U+00DF, not ASCII) at character 5")]
    [InlineData("CAFE\u0301-1", "id 'CAFE\u0301-1' has '\u0301' (U+0301, not ASCII) at character 5")]
    [InlineData("IDL 0001", "id 'IDL 0001' has a space at character 4")]
    [InlineData("-IDL", "id '-IDL' starts with '-'; an id starts with a letter or a digit")]
    [InlineData("IDL{1}", "id 'IDL{1}' has '{' at character 4")]
    [InlineData("IDL@1", "id 'IDL@1' has '@' at character 4")]
    [InlineData("\"IDL,1\"", "id 'IDL,1' has ',' at character 4")]
    public void Read_IdOutsideTheAlphabet_IsRefusedWithWhatAndWhere(string id, string message)
    {
        // When
        var set = Csv.Read(Csv.File(Csv.RowWith(FigureColumns.Id, id)));

        // Then
        var problem = Assert.Single(set.Problems);
        Assert.StartsWith($"test.csv:2:1: {message}", problem.ToString());
        Assert.Empty(set.Figures);
    }

    [Fact]
    public void Read_IdLongerThan64_IsRefused()
    {
        var id = "IDL-" + new string('1', 61);

        var set = Csv.Read(Csv.File(Csv.RowWith(FigureColumns.Id, id)));

        Assert.Equal([$"test.csv:2:1: id '{id[..60]}… (65 characters)' is 65 characters long; ids are at most 64"], set.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_IdsThatDifferOnlyInAsciiCase_AreOneId()
    {
        var set = Csv.Read(Csv.File(Csv.RowWith(FigureColumns.Id, "IDL-0001.a_b"), Csv.RowWith(FigureColumns.Id, "idl-0001.A_B")));

        Assert.Equal(["test.csv:3:1: id 'idl-0001.A_B' differs only in case from id 'IDL-0001.a_b' on line 2"], set.Problems.Select(p => p.ToString()));
    }
}
