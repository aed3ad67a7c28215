using Figures.Core.Model;
using Figures.Tests.Support;
using Figures.Core.Export;
using Figures.Core.Reading;

namespace Figures.Tests.Core;

public sealed class FigureCsvRoundTripTests
{
    [Fact]
    public void ReadThenWrite_CommittedDataset_IsByteIdentical()
    {
        // Given
        var original = File.ReadAllBytes(Paths.Dataset);
        var set = FigureFileReader.Read(new MemoryStream(original), "figures.csv");
        Assert.True(set.IsValid, string.Join("\n", set.Problems));

        // When
        using var written = new MemoryStream();
        FigureCsvWriter.Write(written, set.Figures);

        // Then
        Assert.Equal(System.Text.Encoding.UTF8.GetString(original), System.Text.Encoding.UTF8.GetString(written.ToArray()));
    }

    [Fact]
    public void ReadThenWrite_QuotesCommasAndNewlinesInFields_Survive()
    {
        // Given: a quote with doubled quotes, commas and a line break inside a quoted field
        var fields = Csv.ValidFields();
        fields[FigureColumns.Notes] = "\"first line\nsecond line, with \"\"quoted\"\" words\"";
        var text = Csv.File(Csv.Row(fields));

        // When
        var set = Csv.Read(text);
        using var written = new MemoryStream();
        FigureCsvWriter.Write(written, set.Figures);

        // Then
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
        Assert.Equal("first line\nsecond line, with \"quoted\" words", set.Figures[0].Notes);
        Assert.Equal(text, System.Text.Encoding.UTF8.GetString(written.ToArray()));
    }

    [Fact]
    public void Read_CrlfLineEndings_ReadsSameFigures()
    {
        // Given
        var lf = Csv.File(Csv.Row(Csv.ValidFields()));
        var crlf = lf.Replace("\n", "\r\n");

        // When
        var fromLf = Csv.Read(lf);
        var fromCrlf = Csv.Read(crlf);

        // Then
        Assert.True(fromCrlf.IsValid, string.Join("\n", fromCrlf.Problems));
        Assert.Equal(fromLf.Figures, fromCrlf.Figures);
    }

    [Fact]
    public void Read_Utf8ByteOrderMark_IsAccepted()
    {
        // Given
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(Csv.File(Csv.Row(Csv.ValidFields())))).ToArray();

        // When
        var set = Csv.Read(bytes);

        // Then
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
        Assert.Single(set.Figures);
    }
}
