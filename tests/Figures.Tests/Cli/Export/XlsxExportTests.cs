using System.IO.Compression;
using System.Security.Cryptography;
using System.Xml.Linq;
using Figures.Core.Export;
using Figures.Tests.Support;

namespace Figures.Tests.Cli.Export;

/// <summary>
/// <c>export --format xlsx</c>, read back as the raw parts of the package (not through the library
/// that wrote it), so a test sees what Excel would.
/// </summary>
public sealed class XlsxExportTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static string Export(string data, params string[] extra)
    {
        var path = Path.Combine(Paths.TempFolder(), "figures.xlsx");
        var (code, _, error) = CliRunner.Run(["export", "--data", data, "--format", "xlsx", "--out", path, .. extra]);
        Assert.True(code == 0, error);
        return path;
    }

    private static XDocument Part(string xlsx, string name)
    {
        using var zip = ZipFile.OpenRead(xlsx);
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static XElement Cell(XDocument sheet, string reference) =>
        sheet.Descendants(Main + "c").Single(c => (string?)c.Attribute("r") == reference);

    private static string Text(XElement cell) => string.Concat(cell.Descendants(Main + "t").Select(t => t.Value));

    [Fact]
    public void Export_Xlsx_NumbersAreNumbersAndDatesAreDates()
    {
        var sheet = Part(Export(Paths.Dataset), "xl/worksheets/sheet1.xml");
        var styles = Part(Export(Paths.Dataset), "xl/styles.xml");

        // IDL-0001: 3000000 people, as of 2018-09-14
        var value = Cell(sheet, "C2");
        Assert.Null(value.Attribute("t")); // no type: a number
        Assert.Equal("3000000", value.Element(Main + "v")!.Value);
        var asOf = Cell(sheet, "L2");
        Assert.Null(asOf.Attribute("t"));
        Assert.Equal("43357", asOf.Element(Main + "v")!.Value); // Excel's serial day of 2018-09-14
        var format = styles.Descendants(Main + "cellXfs").Single().Elements(Main + "xf").ElementAt((int)asOf.Attribute("s")!);
        var numFmt = styles.Descendants(Main + "numFmt").Single(n => (string?)n.Attribute("numFmtId") == (string?)format.Attribute("numFmtId"));
        Assert.Equal("yyyy-mm-dd", (string?)numFmt.Attribute("formatCode"));
        // an empty value_max and period_start are empty cells, not empty text
        Assert.DoesNotContain(sheet.Descendants(Main + "c"), c => (string?)c.Attribute("r") is "D2" or "K2");
    }

    [Fact]
    public void Export_Xlsx_QualifierHasItsOwnColumnAndTheHeaderIsFrozen()
    {
        var sheet = Part(Export(Paths.Dataset), "xl/worksheets/sheet1.xml");

        Assert.Equal("qualifier", Text(Cell(sheet, "F1")));
        Assert.Equal("more_than", Text(Cell(sheet, "F4"))); // IDL-0003, "over 38,500"
        var pane = sheet.Descendants(Main + "pane").Single();
        Assert.Equal("1", (string?)pane.Attribute("ySplit"));
        Assert.Equal("frozen", (string?)pane.Attribute("state"));
        Assert.Equal("A1:U17", (string?)sheet.Descendants(Main + "autoFilter").Single().Attribute("ref"));
    }

    [Fact]
    public void Export_Xlsx_SecondSheetHasTheFingerprintAndTheCaveat()
    {
        var xlsx = Export(Paths.Dataset);
        var workbook = Part(xlsx, "xl/workbook.xml");
        var about = Part(xlsx, "xl/worksheets/sheet2.xml");

        Assert.Equal(["Figures", "About"], workbook.Descendants(Main + "sheet").Select(s => (string?)s.Attribute("name")));
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Paths.Dataset)))[..12];
        var texts = about.Descendants(Main + "c").Select(Text).ToList();
        Assert.Contains(texts, t => t.StartsWith(fingerprint + " ", StringComparison.Ordinal));
        Assert.Contains(Figures.Reports.Model.BriefWording.Caveat, texts);
    }

    [Fact]
    public void Export_Xlsx_FormulaLikeTextIsTextNeverAFormula()
    {
        // Given: a location a spreadsheet would run as a formula if it were typed in
        var data = Path.Combine(Paths.TempFolder(), "f.csv");
        File.WriteAllText(data, Csv.File(Csv.RowWith(6, "\"=HYPERLINK(\"\"http://x\"\")\"")));

        var sheet = Part(Export(data), "xl/worksheets/sheet1.xml");

        var location = Cell(sheet, "G2");
        Assert.Equal("inlineStr", (string?)location.Attribute("t"));
        Assert.Equal("=HYPERLINK(\"http://x\")", Text(location)); // exactly as written: no ' prefix needed
        Assert.Empty(sheet.Descendants(Main + "f"));
    }

    [Fact]
    public void Export_Xlsx_SameFiguresGiveTheSameBytes()
    {
        var first = Export(Paths.Dataset);
        Thread.Sleep(2100); // past the zip format's two-second clock, had the clock been used
        var second = Export(Paths.Dataset);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Export_Xlsx_FiltersApply()
    {
        var sheet = Part(Export(Paths.Dataset, "--metric", "displaced"), "xl/worksheets/sheet1.xml");

        var metrics = sheet.Descendants(Main + "row").Skip(1).Select(r => Text(r.Elements(Main + "c").ElementAt(1))).ToList();
        Assert.Equal(3, metrics.Count);
        Assert.All(metrics, m => Assert.Equal("displaced", m));
    }

    [Fact]
    public void Export_XlsxWithoutOut_ExitsTwoAndWritesNothingToTheTerminal()
    {
        var (code, output, error) = CliRunner.Run("export", "--data", Paths.Dataset, "--format", "xlsx");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("name it with --out FILE.xlsx", error);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\u001Bb", "a_x001B_b")]
    [InlineData("_x0041_", "_x005F_x0041_")]
    [InlineData("snake_case_x", "snake_case_x")]
    public void Escape_TextXmlCannotHoldOrThatLooksEscaped_IsWrittenTheOoxmlWay(string text, string expected)
    {
        Assert.Equal(expected, FigureXlsxWriter.Escape(text));
    }
}
