using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Validation;
using Figures.Tests.Support;

namespace Figures.Tests.Core;

/// <summary>One name per body: two attributions that differ only in case or by a known abbreviation are warned about.</summary>
public sealed class AttributionNamesTests
{
    private static string Row(string id, string attributedTo)
    {
        var fields = Csv.ValidFields();
        fields[FigureColumns.Id] = id;
        fields[FigureColumns.AttributedTo] = attributedTo;
        return Csv.Row(fields);
    }

    [Fact]
    public void Validate_UnAndUnitedNations_WarnsAtTheSecondNameAndExitsZero()
    {
        // Given
        var path = Path.Combine(Paths.TempFolder(), "names.csv");
        var second = Row("IDL-0002", "United Nations");
        File.WriteAllText(path, Csv.File(Row("IDL-0001", "UN"), second, Row("IDL-0003", "United Nations")));

        // When
        var (code, output, error) = CliRunner.Run("validate", path);

        // Then: one warning, where the second name is first used, printed as a warning; exit 0
        var column = Csv.ValidFields().Take(FigureColumns.AttributedTo).Sum(f => f.Length + 1) + 1;
        Assert.Equal(
            $"{path}:3:{column}: warning: attributed_to 'United Nations' is another name for 'UN' (line 2): one body, two sources in filters, charts and briefs; write 'UN' throughout\n",
            error.ReplaceLineEndings("\n"));
        Assert.Equal(0, code);
        Assert.EndsWith("3 figures, no problems; 1 warning\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Read_NamesThatDifferOnlyInCase_AreAWarningNotAProblem()
    {
        var set = Csv.Read(Csv.File(Row("IDL-0001", "UN OCHA"), Row("IDL-0002", "UN Ocha")));
        Assert.True(set.IsValid);
        var warning = Assert.Single(set.Warnings);
        Assert.True(warning.IsWarning);
        Assert.Null(set.Severity);
        Assert.StartsWith("attributed_to 'UN Ocha' differs only in case from 'UN OCHA' (line 2)", warning.Message);
    }

    [Theory]
    [InlineData("UN", "United Nations")]
    [InlineData("UN", "the U.N.")]
    [InlineData("UN OCHA", "United Nations OCHA")]
    [InlineData("OCHA", "Office for the Coordination of Humanitarian Affairs")]
    [InlineData("UNHCR", "UN Refugee Agency")]
    [InlineData("SOHR", "Syrian Observatory for Human Rights")]
    public void Check_KnownAbbreviation_IsOneBody(string first, string second)
    {
        var found = AttributionNames.Check([(first, 2, 5), (second, 9, 5)]);
        Assert.Equal(9, Assert.Single(found).Line);
    }

    [Theory]
    [InlineData("UN", "UN OCHA")]
    [InlineData("UNHCR", "UNICEF")]
    [InlineData("activists", "activists and humanitarian workers")]
    [InlineData("unattributed", "UN")]
    public void Check_DifferentBodies_AreNotWarnedAbout(string first, string second) =>
        Assert.Empty(AttributionNames.Check([(first, 2, 5), (second, 9, 5)]));
}
