using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Tests.Support;

namespace Figures.Tests.Core;

/// <summary>One failing fixture per validation rule: the message, and the line and column it points at.</summary>
public sealed class ValidationRuleTests
{
    public static TheoryData<int, string, string> FieldRules => new()
    {
        { FigureColumns.Id, "", "id is required" },
        { FigureColumns.Metric, "displacd", "unknown metric 'displacd'; did you mean 'displaced'?" },
        { FigureColumns.Metric, "weather", "unknown metric 'weather'; expected one of population, idps, displaced, at_risk, killed, localities_attacked, combatants, injured, in_need, health_attacks, school_attacks, children_share" },
        { FigureColumns.Value, "3 million", "value '3 million' is written in words; write 3000000" },
        { FigureColumns.Value, "\"38,500\"", "value '38,500' has a thousands separator; write 38500" },
        { FigureColumns.Value, "-5", "value '-5' is negative; counts and proportions are never below zero" },
        { FigureColumns.Value, "NaN", "value 'NaN' is not a number" },
        { FigureColumns.Value, "Infinity", "value 'Infinity' is not a number" },
        { FigureColumns.Value, "", "value is empty" },
        { FigureColumns.Unit, "peple", "unknown unit 'peple'; did you mean 'people'?" },
        { FigureColumns.Qualifier, "more than", "unknown qualifier 'more than'; did you mean 'more_than'?" },
        { FigureColumns.PeriodStart, "14/09/2018", "period_start '14/09/2018' is not an ISO date; write it as yyyy-MM-dd (day and month order is ambiguous here)" },
        { FigureColumns.PeriodEnd, "43357", "period_end '43357' looks like an Excel serial date (2018-09-14?); write it as yyyy-MM-dd" },
        { FigureColumns.PeriodStart, "2018-09-30", "period_start 2018-09-30 is after period_end 2018-09-12" },
        { FigureColumns.Published, "September 2018", "published 'September 2018' is not a date in the form yyyy-MM-dd" },
        { FigureColumns.Admin1Pcode, "Idlib", "admin1_pcode 'Idlib' is not a p-code such as SY07" },
        { FigureColumns.CountryIso3, "Syria", "country_iso3 'Syria' is not an ISO 3166 alpha-3 code such as SYR" },
        { FigureColumns.Url, "www.example.org/a", "url 'www.example.org/a' is not an absolute http(s) address" },
        { FigureColumns.Quote, "", "quote is required" },
        { FigureColumns.Quote, "the displacement of many people", "quote does not state the figure 38500; it states no number" },
        { FigureColumns.Quote, "\"over 38,000 people\"", "quote does not state the figure 38500; it states 38000" },
    };

    [Theory]
    [MemberData(nameof(FieldRules))]
    public void Read_OneBadField_ReportsMessageAtItsLineAndColumn(int column, string value, string expected)
    {
        // Given
        var row = Csv.RowWith(column, value);
        var expectedColumn = 1 + string.Join(',', row.Split(',').Take(0)).Length + ColumnOffset(Csv.ValidFields(), column, value);

        // When
        var set = Csv.Read(Csv.File(row));

        // Then
        var problem = Assert.Single(set.Problems);
        Assert.Equal(expected, problem.Message);
        Assert.Equal(2, problem.Line);
        Assert.Equal(expectedColumn, problem.Column);
        Assert.Equal(Severity.Invalid, set.Severity);
        Assert.Empty(set.Figures);
    }

    [Fact]
    public void Read_ValueMaxNotAboveValue_IsReported()
    {
        // Given: a range written backwards, both numbers in the quote
        var fields = Csv.ValidFields();
        fields[FigureColumns.ValueMax] = "1000";
        fields[FigureColumns.Quote] = "\"between 38,500 and 1,000 people\"";

        // When
        var set = Csv.Read(Csv.File(Csv.Row(fields)));

        // Then
        Assert.Equal("value_max 1000 must be greater than value 38500", Assert.Single(set.Problems).Message);
    }

    [Fact]
    public void Read_PercentAbove100_IsReported()
    {
        // Given
        var fields = Csv.ValidFields();
        fields[FigureColumns.Value] = "150";
        fields[FigureColumns.Unit] = "percent";
        fields[FigureColumns.Qualifier] = "exact";
        fields[FigureColumns.Quote] = "150% of them";

        // When
        var set = Csv.Read(Csv.File(Csv.Row(fields)));

        // Then
        Assert.Equal("value 150 is a percent above 100", Assert.Single(set.Problems).Message);
    }

    [Fact]
    public void Read_StockWithPeriodStart_AsksForOnlyPeriodEnd()
    {
        // Given
        var fields = Csv.ValidFields();
        fields[FigureColumns.Metric] = "idps";

        // When
        var set = Csv.Read(Csv.File(Csv.Row(fields)));

        // Then
        Assert.Equal("metric 'idps' is a count at a date: give only period_end (its as-of date)", Assert.Single(set.Problems).Message);
    }

    [Fact]
    public void Read_NoUrlAndNoSourceFile_IsNotTraceable()
    {
        // Given
        var fields = Csv.ValidFields();
        fields[FigureColumns.SourceFile] = "";

        // When
        var set = Csv.Read(Csv.File(Csv.Row(fields)));

        // Then
        Assert.Equal("a figure needs a url or a source_file to be traceable", Assert.Single(set.Problems).Message);
    }

    [Fact]
    public void Read_DuplicateId_PointsToFirstUse()
    {
        // Given
        var row = Csv.Row(Csv.ValidFields());

        // When
        var set = Csv.Read(Csv.File(row, row));

        // Then
        var problem = Assert.Single(set.Problems);
        Assert.Equal("duplicate id 'IDL-0001' (first used on line 2)", problem.Message);
        Assert.Equal((3, 1), (problem.Line, problem.Column));
    }

    [Fact]
    public void Read_IdsDifferingOnlyInCase_AreReported()
    {
        // Given
        var second = Csv.RowWith(FigureColumns.Id, "idl-0001");

        // When
        var set = Csv.Read(Csv.File(Csv.Row(Csv.ValidFields()), second));

        // Then
        Assert.Equal("id 'idl-0001' differs only in case from id 'IDL-0001' on line 2", Assert.Single(set.Problems).Message);
    }

    [Fact]
    public void Read_SeveralProblemsInOneFile_ReportsEveryOne()
    {
        // Given
        var text = Csv.File(Csv.RowWith(FigureColumns.Metric, "displacd"), Csv.RowWith(FigureColumns.Value, "x").Replace("IDL-0001", "IDL-0002"));

        // When
        var set = Csv.Read(text);

        // Then
        Assert.Equal([2, 3], set.Problems.Select(p => p.Line));
    }

    [Fact]
    public void Read_ProblemAfterMultilineField_CountsLinesInsideQuotes()
    {
        // Given: the first row's notes span three lines, so the second row starts on line 5
        var first = Csv.RowWith(FigureColumns.Notes, "\"one\ntwo\nthree\"");
        var second = Csv.RowWith(FigureColumns.Id, "IDL-0002").Replace(",displaced,", ",displacd,");

        // When
        var set = Csv.Read(Csv.File(first, second));

        // Then
        var problem = Assert.Single(set.Problems);
        Assert.Equal((5, 10), (problem.Line, problem.Column));
    }

    [Fact]
    public void Read_UnknownMetricOnLaterLine_GivesFileLineColumnText()
    {
        // Given
        var set = Csv.Read(Csv.File(Csv.RowWith(FigureColumns.Metric, "displacd")));

        // When
        var text = set.Problems[0].ToString();

        // Then
        Assert.Equal("test.csv:2:10: unknown metric 'displacd'; did you mean 'displaced'?", text);
    }

    // The character column where field `column` starts once `value` is put in it.
    private static int ColumnOffset(string[] fields, int column, string value)
    {
        fields[column] = value;
        return string.Join(',', fields.Take(column)).Length + (column > 0 ? 1 : 0);
    }
}
