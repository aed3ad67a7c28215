using Figures.Core.Export;
using Figures.Core.IO;
using Figures.Core.Model;
using Figures.Tests.CrossCutting.Hardening;
using Figures.Tests.Support;

namespace Figures.Tests.Cli.Export;

/// <summary>
/// The shape of what list and export write (issue 20): HXL never puts a percentage in a column of counts,
/// JSON ends with a line break, and the list table fits its width with no line ending in spaces.
/// </summary>
public sealed class OutputShapeTests
{
    [Fact]
    public void ExportHxl_MetricWithSharesAndCounts_SharesHaveColumnsOfTheirOwnTaggedPct()
    {
        // Given: the curated idps figures are 50 percent twice and 1,800,000 people once
        var target = Path.Combine(Paths.TempFolder(), "idps.csv");

        // When
        var (code, _, _) = CliRunner.Run("export", "--data", Paths.Dataset, "--format", "hxl", "--metric", "idps", "--out", target);

        // Then: counts under #affected+idps, shares under #affected+idps+pct, never both in one column
        Assert.Equal(0, code);
        var rows = OutputAssert.CsvReadsBack(target);
        Assert.Equal([.. FigureColumns.All, .. FigureCsvWriter.PercentColumns], rows[0]);
        var tags = rows[1];
        Assert.Equal("#affected+idps+num", tags[FigureColumns.Value]);
        Assert.Equal("#affected+idps+pct+num", tags[^2]);
        Assert.Equal("#affected+idps+pct+x_max+num", tags[^1]);
        var data = rows.Skip(2).ToList();
        Assert.Contains(data, r => r[FigureColumns.Unit] == "percent");
        Assert.Contains(data, r => r[FigureColumns.Unit] == "people");
        foreach (var row in data)
        {
            var isShare = row[FigureColumns.Unit] == "percent";
            Assert.Equal(isShare, row[FigureColumns.Value].Length == 0);
            Assert.Equal(isShare, row[^2].Length > 0);
        }
    }

    [Fact]
    public void ExportHxl_OnlyShares_OneValueColumnTaggedPct()
    {
        // Given
        var share = TestFigures.Displaced() with { Metric = Metric.Idps, Value = 50m, Unit = Unit.Percent, Qualifier = Qualifier.Approximately };

        // When
        var rows = Exported(ExportFormat.Hxl, share, share with { Id = "IDL-0002", Value = 60m });

        // Then: no extra columns, and the value column says it holds percentages
        Assert.Equal(FigureColumns.All, rows[0]);
        Assert.Equal("#affected+idps+pct+num", rows[1][FigureColumns.Value]);
        Assert.Equal("50", rows[2][FigureColumns.Value]);
    }

    [Fact]
    public void ExportHxl_OnlyCounts_LayoutOfTheDataset()
    {
        // When
        var rows = Exported(ExportFormat.Hxl, TestFigures.Displaced());

        // Then
        Assert.Equal(FigureColumns.All, rows[0]);
        Assert.Equal("#affected+displaced+num", rows[1][FigureColumns.Value]);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("list")]
    public void Json_EndsWithALineBreak(string verb)
    {
        // When
        var (code, output, _) = CliRunner.Run(verb, "--data", Paths.Dataset, "--format", "json");

        // Then
        Assert.Equal(0, code);
        Assert.EndsWith("]\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(80)]
    [InlineData(120)]
    public void ListTable_FitsItsWidth_NoLineEndsInSpaces(int? terminalWidth)
    {
        // Given: a terminal of that width, or a file or pipe (null)
        var output = new StringWriter();

        // When
        var code = Figures.Cli.FiguresCli.Run(["list", "--data", Paths.Dataset], output, new StringWriter(), outputWidth: terminalWidth);

        // Then
        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n');
        Assert.All(lines, line => Assert.False(line.EndsWith(' '), $"ends in spaces: '{line}'"));
        Assert.All(lines, line => Assert.True(line.Length <= (terminalWidth ?? 200), $"wider than {terminalWidth}: '{line}'"));
        Assert.Contains(lines, line => line.Contains("IDL-0003", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string[]> Exported(ExportFormat format, params Figure[] figures)
    {
        var path = Path.Combine(Paths.TempFolder(), "export.csv");
        AtomicFile.Write(path, stream => FigureExporter.Write(stream, figures, format));
        return OutputAssert.CsvReadsBack(path);
    }
}
