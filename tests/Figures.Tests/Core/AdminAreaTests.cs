using Figures.Core.Model;
using Figures.Core.Places;
using Figures.Tests.Support;

namespace Figures.Tests.Core;

/// <summary>admin1 and admin1_pcode name one of Syria's 14 governorates, in one of its accepted spellings.</summary>
public sealed class AdminAreaTests
{
    private static string Row(string admin1, string pcode, string iso3 = "SYR")
    {
        var fields = Csv.ValidFields();
        fields[FigureColumns.Admin1] = admin1;
        fields[FigureColumns.Admin1Pcode] = pcode;
        fields[FigureColumns.CountryIso3] = iso3;
        return Csv.Row(fields);
    }

    private static int Column(string row, int field) => row.Split(',').Take(field).Sum(f => f.Length + 1) + 1;

    [Theory]
    [InlineData("Idlib", "SY07")]
    [InlineData("Idleb", "SY07")] // OCHA's COD spelling
    [InlineData("Hama", "SY05")]
    [InlineData("Dar'a", "SY12")]
    [InlineData("Deraa", "SY12")]
    [InlineData("Deir ez-Zor", "SY09")]
    [InlineData("", "")]
    public void Read_GovernorateNameForItsPcode_IsValid(string admin1, string pcode)
    {
        var set = Csv.Read(Csv.File(Row(admin1, pcode)));
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
    }

    [Fact]
    public void Read_PcodeBeyondTheFourteen_IsReportedAtThePcode()
    {
        var row = Row("Idlib", "SY15");
        var problem = Assert.Single(Csv.Read(Csv.File(row)).Problems);
        Assert.Equal("admin1_pcode 'SY15' is not one of Syria's 14 governorates (SY01–SY14); Idlib is SY07", problem.Message);
        Assert.Equal(Column(row, FigureColumns.Admin1Pcode), problem.Column);
    }

    [Fact]
    public void Read_Admin1OfAnotherGovernorate_SaysWhichOneItIs()
    {
        var row = Row("Hama", "SY07");
        var problem = Assert.Single(Csv.Read(Csv.File(row)).Problems);
        Assert.Equal("admin1 'Hama' is governorate SY05, but admin1_pcode is SY07 (Idlib); correct one of them", problem.Message);
        Assert.Equal(Column(row, FigureColumns.Admin1), problem.Column);
    }

    [Theory]
    [InlineData("Idlub", "SY07", "admin1 'Idlub' is not a name of SY07; did you mean 'Idlib'?")]
    [InlineData("idlib", "SY07", "admin1 'idlib' is not spelled as Figures accepts it for SY07; write 'Idlib'")]
    [InlineData("Saraqeb", "SY07", "admin1 'Saraqeb' is not a name of SY07; write 'Idlib' (or 'Idleb', 'Edlib')")]
    [InlineData("Idlib", "", "admin1 'Idlib' has no admin1_pcode; write SY07")]
    [InlineData("", "SY07", "admin1 is empty but admin1_pcode is SY07; write Idlib, or leave both empty when the figure spans several governorates")]
    public void Read_Admin1AndPcodeThatDisagree_SayHowToFixThem(string admin1, string pcode, string message)
    {
        var set = Csv.Read(Csv.File(Row(admin1, pcode)));
        Assert.Equal([message], set.Problems.Select(p => p.Message));
    }

    [Fact]
    public void Read_SyrianPcodeWithAnotherCountry_IsReported()
    {
        var set = Csv.Read(Csv.File(Row("Idlib", "SY07", "TUR")));
        Assert.Equal("country_iso3 'TUR' does not match admin1_pcode SY07, which is in Syria (SYR)", Assert.Single(set.Problems).Message);
    }

    [Fact]
    public void Read_AnotherCountrysPcode_IsCheckedOnlyForItsForm()
    {
        var set = Csv.Read(Csv.File(Row("Hatay", "TR63", "TUR")));
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
    }

    [Fact]
    public void Gazetteer_EveryGovernorate_AcceptsItsDatasetAndOchaNames()
    {
        // The dataset's spelling comes first, and OCHA's English name is always accepted.
        Assert.All(Gazetteer.Governorates, g =>
        {
            Assert.Equal(g.Name, g.Spellings[0]);
            Assert.Contains(g.OchaName, g.Spellings);
            Assert.Same(g, Gazetteer.ByCode(g.Pcode.AsSpan()));
        });
        Assert.Equal("Idleb", Gazetteer.ByCode("SY07".AsSpan())!.OchaName);
    }

    [Fact]
    public void Gazetteer_Towns_AreNotGovernorateNames()
    {
        // Found in articles, but never an admin1
        Assert.Equal("SY07", Gazetteer.Lookup("Saraqeb")!.Pcode);
        Assert.Null(Gazetteer.LookupGovernorate("Saraqeb"));
    }
}
