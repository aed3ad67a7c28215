using System.Text;
using Figures.Core.Export;
using Figures.Core.Model;
using Figures.Tests.Support;

namespace Figures.Tests.Core;

/// <summary>conflicts_with: ids separated by ';', each naming a row that names this one back.</summary>
public sealed class ConflictsWithTests
{
    // A valid row with its id and conflicts_with replaced.
    private static string Row(string id, string conflicts)
    {
        var fields = Csv.ValidFields();
        fields[FigureColumns.Id] = id;
        fields[FigureColumns.ConflictsWith] = conflicts;
        return Csv.Row(fields);
    }

    // The column where conflicts_with starts in a row built by Row (its last field).
    private static int ConflictsColumn(string row, string conflicts) => row.Length - conflicts.Length + 1;

    [Fact]
    public void Read_ConflictsNamedBothWays_IsValidAndKeepsThem()
    {
        // Given
        var text = Csv.File(Row("IDL-0001", "IDL-0002;IDL-0003"), Row("IDL-0002", "IDL-0001"), Row("IDL-0003", "IDL-0001"));

        // When
        var set = Csv.Read(text);

        // Then
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
        Assert.Equal(["IDL-0002", "IDL-0003"], set.Figures[0].ConflictIds);
        Assert.Empty(set.Figures.Single(f => f.Id == "IDL-0002").ConflictIds.Except(["IDL-0001"]));
    }

    [Fact]
    public void Read_OneWayConflict_IsReportedAtTheIdWithLineAndColumn()
    {
        // Given: IDL-0001 names IDL-0003, which names nobody
        var first = Row("IDL-0001", "IDL-0002;IDL-0003");
        var text = Csv.File(first, Row("IDL-0002", "IDL-0001"), Row("IDL-0003", ""));

        // When
        var set = Csv.Read(text);

        // Then: pointed at IDL-0003 inside the field, on line 2
        var problem = Assert.Single(set.Problems);
        var column = ConflictsColumn(first, "IDL-0002;IDL-0003") + "IDL-0002;".Length;
        Assert.Equal(
            $"test.csv:2:{column}: conflicts_with names IDL-0003, but IDL-0003 (line 4) does not name IDL-0001 back; add IDL-0001 to its conflicts_with, or remove IDL-0003 here",
            problem.ToString());
    }

    [Fact]
    public void Read_ConflictWithARowThatNamesOthersButNotThisOne_IsReported()
    {
        // Given: IDL-0001 names IDL-0002, which names only IDL-0003 (and IDL-0003 names it back)
        var set = Csv.Read(Csv.File(Row("IDL-0001", "IDL-0002"), Row("IDL-0002", "IDL-0003"), Row("IDL-0003", "IDL-0002")));

        // Then
        var problem = Assert.Single(set.Problems);
        Assert.Equal(2, problem.Line);
        Assert.StartsWith("conflicts_with names IDL-0002, but IDL-0002 (line 3) does not name IDL-0001 back", problem.Message);
    }

    [Fact]
    public void Read_ConflictWithAnIdNoRowHas_IsReported()
    {
        var row = Row("IDL-0001", "IDL-0099");
        var set = Csv.Read(Csv.File(row));
        var problem = Assert.Single(set.Problems);
        Assert.Equal($"test.csv:2:{ConflictsColumn(row, "IDL-0099")}: conflicts_with names 'IDL-0099', which is the id of no row", problem.ToString());
    }

    [Fact]
    public void Read_ConflictIdInAnotherCase_SaysHowTheIdIsSpelled()
    {
        var set = Csv.Read(Csv.File(Row("IDL-0001", "idl-0002"), Row("IDL-0002", "IDL-0001")));
        Assert.Equal("conflicts_with names 'idl-0002'; the id on line 3 is spelled 'IDL-0002'", Assert.Single(set.Problems).Message);
    }

    [Fact]
    public void Read_ConflictsFieldInQuotes_PointsPastTheQuote()
    {
        // Given: a tool that quotes every field
        var row = Row("IDL-0001", "\"IDL-0099\"");
        var set = Csv.Read(Csv.File(row));
        Assert.Equal(ConflictsColumn(row, "IDL-0099\""), Assert.Single(set.Problems).Column);
    }

    [Theory]
    [InlineData("IDL-0002; IDL-0003", "conflicts_with 'IDL-0002; IDL-0003' has spaces; write IDL-0002;IDL-0003")]
    [InlineData("\"IDL-0002,IDL-0003\"", "conflicts_with 'IDL-0002,IDL-0003' separates ids with something other than ';'; write IDL-0002;IDL-0003")]
    [InlineData("IDL-0002;;IDL-0003", "conflicts_with 'IDL-0002;;IDL-0003' has an empty id (a ';' too many); write IDL-0002;IDL-0003")]
    [InlineData("IDL-0001", "conflicts_with names the row's own id 'IDL-0001'; a figure does not conflict with itself")]
    [InlineData("IDL-0002;idl-0002", "conflicts_with names 'IDL-0002' 2 times; name each id once")]
    public void Read_MalformedConflicts_SaysHowToWriteThem(string conflicts, string message)
    {
        // Given: IDL-0002 and IDL-0003 exist and name IDL-0001, so only the form is wrong
        var text = Csv.File(Row("IDL-0001", conflicts), Row("IDL-0002", "IDL-0001"), Row("IDL-0003", "IDL-0001"));

        // When
        var set = Csv.Read(text);

        // Then: the form, and no one-way report caused by it
        Assert.Equal([message], set.Problems.Select(p => p.Message));
        Assert.Equal(2, set.Problems[0].Line);
    }

    [Fact]
    public void Read_ConflictWithARowThatIsInvalidForAnotherReason_IsNotCalledDangling()
    {
        // Given: IDL-0002 has a bad metric, but it exists and names IDL-0001 back
        var other = Row("IDL-0002", "IDL-0001").Replace(",displaced,", ",displacd,");
        var set = Csv.Read(Csv.File(Row("IDL-0001", "IDL-0002"), other));
        Assert.Equal("unknown metric 'displacd'; did you mean 'displaced'?", Assert.Single(set.Problems).Message);
    }

    [Fact]
    public void Read_FileWithTheHeaderBeforeConflictsWith_IsValidWithNoConflicts()
    {
        // Given: a file from before conflicts_with: 20 columns, header and rows
        var header = string.Join(',', FigureColumns.Legacy);
        var text = header + "\n" + Csv.Row(Csv.ValidFields()[..^1]) + "\n";

        // When
        var set = Csv.Read(text);

        // Then
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
        Assert.Equal("", Assert.Single(set.Figures).ConflictsWith);
    }

    [Fact]
    public void Read_OlderHeaderWithARowOfTheNewWidth_SaysTheWidths()
    {
        var header = string.Join(',', FigureColumns.Legacy);
        var set = Csv.Read(header + "\n" + Csv.Row(Csv.ValidFields()) + "\n");
        Assert.Equal("row has 21 fields; the header has 20", Assert.Single(set.Problems).Message);
    }

    [Fact]
    public void Export_Conflicts_AreAnArrayInJsonAndTaggedInHxl()
    {
        // Given
        var set = Csv.Read(Csv.File(Row("IDL-0001", "IDL-0002;IDL-0003"), Row("IDL-0002", "IDL-0001"), Row("IDL-0003", "IDL-0001")));
        Assert.True(set.IsValid, string.Join("\n", set.Problems));

        // When
        var json = Export(set.Figures, ExportFormat.Json);
        var hxl = Export(set.Figures, ExportFormat.Hxl).Split('\n');

        // Then
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(["IDL-0002", "IDL-0003"], document.RootElement[0].GetProperty("conflicts_with").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, document.RootElement[1].GetProperty("conflicts_with").GetArrayLength() - 1);
        Assert.EndsWith(",notes,conflicts_with", hxl[0]);
        Assert.EndsWith(",#meta+x_notes,#meta+x_conflicts_with", hxl[1]);
        Assert.EndsWith(",IDL-0002;IDL-0003", hxl[2]);
    }

    private static string Export(IReadOnlyList<Figure> figures, ExportFormat format)
    {
        using var buffer = new MemoryStream();
        FigureExporter.Write(buffer, figures, format);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
