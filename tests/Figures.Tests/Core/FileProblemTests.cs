using System.Text;
using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Tests.Support;
using Figures.Core.Reading;

namespace Figures.Tests.Core;

/// <summary>Whole-file problems: encoding, header, shape.</summary>
public sealed class FileProblemTests
{
    [Fact]
    public void Read_EmptyFile_SaysSoAndNamesTheHeader()
    {
        var set = Csv.Read("");
        var problem = Assert.Single(set.Problems);
        Assert.StartsWith("file is empty; expected the header line: id,metric,value", problem.Message);
        Assert.Equal(Severity.Invalid, set.Severity);
    }

    [Fact]
    public void Read_HeaderOnly_SaysThereAreNoFigures()
    {
        var set = Csv.Read(Csv.Header + "\n");
        Assert.Equal("the file has a header but no figures", Assert.Single(set.Problems).Message);
    }

    [Fact]
    public void Read_MissingColumn_NamesIt()
    {
        // Given: a file with the header before conflicts_with, whose notes column is gone from header and row
        var header = string.Join(',', FigureColumns.Legacy).Replace(",notes", "");
        var row = Csv.Row(Csv.ValidFields()[..^2]);

        // When
        var set = Csv.Read(header + "\n" + row + "\n");

        // Then
        var problem = Assert.Single(set.Problems);
        Assert.Equal("missing column: notes", problem.Message);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Read_HeaderWithStrayCaseAndSpace_SaysTheExactName()
    {
        var set = Csv.Read(Csv.Header.Replace("metric", " Metric") + "\n" + Csv.Row(Csv.ValidFields()) + "\n");
        Assert.Equal("header ' Metric' should be 'metric' (exact case, no spaces)", Assert.Single(set.Problems).Message);
        Assert.Equal((1, 4), (set.Problems[0].Line, set.Problems[0].Column));
    }

    [Fact]
    public void Read_SemicolonSeparated_IsNamedAsTheProblem()
    {
        var set = Csv.Read(Csv.Header.Replace(',', ';') + "\n" + Csv.Row(Csv.ValidFields()).Replace(',', ';') + "\n");
        Assert.Contains("separated by semicolons", Assert.Single(set.Problems).Message);
        Assert.Equal(Severity.Unusable, set.Severity);
    }

    [Fact]
    public void Read_Utf16_IsNamed()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Csv.File(Csv.Row(Csv.ValidFields())))).ToArray();
        var set = Csv.Read(bytes);
        Assert.Contains("UTF-16", Assert.Single(set.Problems).Message);
        Assert.Equal(Severity.Unusable, set.Severity);
    }

    [Fact]
    public void Read_Latin1Bytes_PointsToTheLine()
    {
        // Given: "Alep" + é in Latin-1 on the data line
        var text = Csv.File(Csv.RowWith(FigureColumns.Location, "Al\u00e9p"));
        var bytes = Encoding.Latin1.GetBytes(text);

        // When
        var set = Csv.Read(bytes);

        // Then
        var problem = Assert.Single(set.Problems);
        Assert.Contains("not UTF-8", problem.Message);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Read_BinaryFile_IsNotCsv()
    {
        var set = Csv.Read(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 });
        Assert.Contains("binary", Assert.Single(set.Problems).Message);
        Assert.Equal(Severity.Unusable, set.Severity);
    }

    [Fact]
    public void Read_RowWithExtraField_PointsAtIt()
    {
        var row = Csv.Row(Csv.ValidFields()) + ",extra";
        var set = Csv.Read(Csv.File(row));
        var problem = Assert.Single(set.Problems);
        Assert.Equal("row has 22 fields; the header has 21", problem.Message);
        Assert.Equal(row.Length - "extra".Length + 1, problem.Column);
    }

    [Fact]
    public void Read_UnterminatedQuote_IsReported()
    {
        var row = Csv.RowWith(FigureColumns.Notes, "\"never closed");
        var set = Csv.Read(Csv.File(row));
        Assert.Contains(set.Problems, p => p.Message.Contains("unterminated quote"));
    }

    [Fact]
    public void ReadFile_MissingFile_IsUnreadable()
    {
        var set = global::Figures.Core.Reading.FigureFileReader.ReadFile(Path.Combine(Paths.TempFolder(), "nope.csv"));
        Assert.Equal("file not found", Assert.Single(set.Problems).Message);
        Assert.Equal(Severity.Unusable, set.Severity);
    }
}
