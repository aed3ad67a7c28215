using Figures.Core.Export;
using Figures.Core.IO;
using Figures.Core.Model;
using Figures.Tests.Support;

namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>
/// CSV and HXL exports are opened in spreadsheets: text that a spreadsheet would run as a formula is
/// neutralised (OWASP CSV injection), numbers stay plain numbers, and every export reads back as CSV.
/// </summary>
public sealed class ExportSafetyTests
{
    /// <summary>Formula-like text in every text column, for both spreadsheet formats.</summary>
    public static TheoryData<string, ExportFormat> FormulaTexts()
    {
        var data = new TheoryData<string, ExportFormat>();
        foreach (var format in new[] { ExportFormat.Csv, ExportFormat.Hxl })
            foreach (var text in new[] { "=HYPERLINK(\"http://evil\",\"x\")", "+1+cmd|' /C calc'!A0", "-5 km north of Idlib", "@SUM(A1:A9)", "\t=1+1", "\r=1+1" })
                data.Add(text, format);
        return data;
    }

    [Theory]
    [MemberData(nameof(FormulaTexts))]
    public void Write_FormulaLikeText_IsPrefixedWithApostropheInEveryTextColumn(string text, ExportFormat format)
    {
        // Given: the same formula-like text in location, attributed_to, title, quote and notes
        var figure = TestFigures.Displaced() with { Location = text, AttributedTo = text, Title = text, Notes = text, Quote = text + " over 38,500 people" };

        // When
        var record = ExportedRows(format, figure)[^1];

        // Then
        foreach (var column in new[] { FigureColumns.Location, FigureColumns.AttributedTo, FigureColumns.Title, FigureColumns.Notes })
            Assert.Equal("'" + text, record[column]);
        Assert.Equal("'" + figure.Quote, record[FigureColumns.Quote]);
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Hxl)]
    public void Write_NumbersAndDates_StayUnescaped(ExportFormat format)
    {
        // Given: a range whose numbers, in text, would start with digits only
        var figure = TestFigures.Displaced() with { Value = 1800000m, ValueMax = 2500000.5m, Location = "-5 km" };

        // When
        var record = ExportedRows(format, figure)[^1];

        // Then
        Assert.Equal("1800000", record[FigureColumns.Value]);
        Assert.Equal("2500000.5", record[FigureColumns.ValueMax]);
        Assert.Equal("2018-09-01", record[FigureColumns.PeriodStart]);
        Assert.Equal("'-5 km", record[FigureColumns.Location]);
    }

    [Fact]
    public void Write_PlainText_IsNotEscaped()
    {
        // Given: text with the trigger characters inside, not at the start
        var figure = TestFigures.Displaced() with { Location = "Idlib = north-west; a+b @ home", Notes = "5-10 km" };

        // When
        var record = ExportedRows(ExportFormat.Csv, figure)[^1];

        // Then
        Assert.Equal("Idlib = north-west; a+b @ home", record[FigureColumns.Location]);
        Assert.Equal("5-10 km", record[FigureColumns.Notes]);
    }

    [Fact]
    public void Write_Hxl_HashtagRowIsUnderTheHeaderAndUnescaped()
    {
        // When
        var rows = ExportedRows(ExportFormat.Hxl, TestFigures.Displaced() with { Location = "=1" });

        // Then
        Assert.Equal(FigureColumns.All, rows[0]);
        Assert.All(rows[1], tag => Assert.StartsWith("#", tag));
        Assert.Equal(3, rows.Count);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("hxl")]
    public void Export_CommittedDataset_ReadsBackWithCsvHelper(string format)
    {
        // Given
        var target = Path.Combine(Paths.TempFolder(), "export." + format);

        // When
        var (code, _, _) = CliRunner.Run("export", "--data", Paths.Dataset, "--format", format, "--out", target);

        // Then
        Assert.Equal(0, code);
        var rows = OutputAssert.CsvReadsBack(target);
        Assert.Equal(FigureColumns.All, rows[0]);
        Assert.Equal(16 + (format == "hxl" ? 2 : 1), rows.Count);
    }

    [Fact]
    public void Export_FormulaInDataset_IsNeutralisedInTheFileButNotInTheDataset()
    {
        // Given: a valid dataset whose location starts with '='
        var folder = Paths.TempFolder();
        var data = Path.Combine(folder, "figures.csv");
        var target = Path.Combine(folder, "out.csv");
        File.WriteAllText(data, Csv.File(Csv.RowWith(FigureColumns.Location, "\"=HYPERLINK(\"\"http://evil\"\")\"")));

        // When
        var validate = CliRunner.Run("validate", data);
        var export = CliRunner.Run("export", "--data", data, "--out", target);

        // Then
        Assert.Equal(0, validate.ExitCode);
        Assert.Equal(0, export.ExitCode);
        Assert.Equal("'=HYPERLINK(\"http://evil\")", OutputAssert.CsvReadsBack(target)[1][FigureColumns.Location]);
    }

    private static IReadOnlyList<string[]> ExportedRows(ExportFormat format, params Figure[] figures)
    {
        var path = Path.Combine(Paths.TempFolder(), "export.csv");
        AtomicFile.Write(path, stream => FigureExporter.Write(stream, figures, format));
        return OutputAssert.CsvReadsBack(path);
    }
}
