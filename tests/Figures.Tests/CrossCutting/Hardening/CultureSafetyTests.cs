using System.Globalization;
using System.Text.Json;
using Figures.Core.Export;
using Figures.Core.Model;
using Figures.Core.Text;
using Figures.Core.Validation;
using Figures.Core.Wording;
using Figures.Tests.Support;
using Figures.Core.Reading;

namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>
/// The places a culture leaks in: decimal separators, calendars, and the Turkish dotless i. Each test
/// switches the thread to the culture itself, so it catches the bug in every run of test.sh, not only
/// in the run of that culture.
/// </summary>
public sealed class CultureSafetyTests
{
    /// <summary>Cultures with a decimal comma (de-DE, tr-TR), a dotless i (tr-TR, az-Latn-AZ) and a non-Gregorian default calendar (ar-SA, th-TH).</summary>
    public static TheoryData<string> Cultures() => new("", "tr-TR", "de-DE", "ar-SA", "az-Latn-AZ", "th-TH", "fa-IR");

    [Theory]
    [MemberData(nameof(Cultures))]
    public void TryParseValue_DecimalPoint_IsReadTheSameInEveryCulture(string culture) => Under(culture, () =>
    {
        // When
        var ok = FieldFormats.TryParseValue("1.8", "value", out var value, out _);
        var comma = FieldFormats.TryParseValue("1,8", "value", out _, out var error);

        // Then
        Assert.True(ok);
        Assert.Equal(1.8m, value);
        Assert.False(comma);
        Assert.Equal("value '1,8' has a decimal comma; write 1.8", error);
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Describe_OnePointEightMillion_IsWordedWithADecimalPoint(string culture) => Under(culture, () =>
    {
        // Given
        var figure = TestFigures.Displaced() with { Value = 1800000m, Qualifier = Qualifier.Exact };

        // When
        var described = NumberWording.Describe(figure);
        var number = NumberWording.Number(38500m);

        // Then
        Assert.Equal("1.8 million people", described);
        Assert.Equal("38,500", number);
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Find_OnePointEightMillion_IsOneMillionEightHundredThousand(string culture) => Under(culture, () =>
    {
        // When
        var mentions = NumberFinder.Find("some 1.8 million people and 38,500 more");

        // Then
        Assert.Contains(mentions, m => m.Value == 1800000m);
        Assert.Contains(mentions, m => m.Value == 38500m);
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public void WriteThenRead_DatesAndDecimals_AreInvariantAndGregorian(string culture) => Under(culture, () =>
    {
        // Given
        var figure = TestFigures.Displaced() with { Value = 12.5m, Unit = Unit.Percent, Quote = "12.5% of residents were displaced" };

        // When
        using var written = new MemoryStream();
        FigureCsvWriter.Write(written, [figure]);
        var text = System.Text.Encoding.UTF8.GetString(written.ToArray());
        var back = FigureFileReader.Read(new MemoryStream(written.ToArray()), "test.csv");

        // Then
        Assert.Contains(",12.5,", text);
        Assert.Contains(",2018-09-01,2018-09-12,", text);
        Assert.Contains(",2018-09-14,", text);
        Assert.True(back.IsValid, string.Join("\n", back.Problems));
        Assert.Equal(figure, Assert.Single(back.Figures));
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public void SourceKey_ArticleWithoutAddress_IsTheSameInEveryCulture(string culture) => Under(culture, () =>
    {
        // Given: an article known only by publisher, title and date, so the date is part of its key
        var figure = TestFigures.Displaced() with { Url = "", SourceFile = "", Published = new DateOnly(2018, 9, 14) };

        // When
        var key = SourceWording.Key(figure);

        // Then: a Gregorian ISO date, whatever the calendar of the culture
        Assert.Equal($"{figure.Publisher}|{figure.Title}|2018-09-14", key);
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public void TryParseDate_IsoAndExcelSerial_AreGregorianInEveryCalendar(string culture) => Under(culture, () =>
    {
        // When
        var iso = FieldFormats.TryParseDate("2018-09-14", "period_end", out var date, out _);
        FieldFormats.TryParseDate("43357", "period_end", out _, out var serialError);
        FieldFormats.TryParseDate("14/09/2018", "period_end", out _, out var dayFirstError);

        // Then
        Assert.True(iso);
        Assert.Equal(new DateOnly(2018, 9, 14), date);
        Assert.Equal("period_end '43357' looks like an Excel serial date (2018-09-14?); write it as yyyy-MM-dd", serialError);
        Assert.Equal("period_end '14/09/2018' is not an ISO date; write it as yyyy-MM-dd (day and month order is ambiguous here)", dayFirstError);
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Read_UpperCaseVocabulary_IsRejectedWithTheLowerCaseSuggestion(string culture) => Under(culture, () =>
    {
        // Given: capital I lower-cases to dotless ı under tr-TR
        var text = Csv.File(Csv.RowWith(FigureColumns.Metric, "IDPS"), Csv.RowWith(FigureColumns.Qualifier, "APPROXIMATELY").Replace("IDL-0001", "IDL-0002"));

        // When
        var set = Csv.Read(text);

        // Then
        Assert.Equal(
            ["test.csv:2:10: unknown metric 'IDPS'; did you mean 'idps'?", "test.csv:3:34: unknown qualifier 'APPROXIMATELY'; did you mean 'approximately'?"],
            set.Problems.Select(p => p.ToString()));
        Assert.True(Vocabulary.TryParseMetric("idps", out var metric));
        Assert.Equal(Metric.Idps, metric);
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Read_HeaderWithCapitalI_NamesTheExactColumn(string culture) => Under(culture, () =>
    {
        // Given: header names with an I, which tr-TR case-insensitive comparison would not match
        var header = Csv.Header.Replace("id,", "ID,").Replace(",title,", ",TITLE,").Replace("country_iso3", "COUNTRY_ISO3");

        // When
        var set = Csv.Read(header + "\n" + Csv.Row(Csv.ValidFields()) + "\n");

        // Then
        Assert.Equal(
            [
                "test.csv:1:1: header 'ID' should be 'id' (exact case, no spaces)",
                "test.csv:1:71: header 'COUNTRY_ISO3' should be 'country_iso3' (exact case, no spaces)",
                "test.csv:1:132: header 'TITLE' should be 'title' (exact case, no spaces)",
            ],
            set.Problems.Select(p => p.ToString()));
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Read_IdsDifferingOnlyInCaseOrWithADottedCapitalI_AreCaughtTheSameEverywhere(string culture) => Under(culture, () =>
    {
        // Given: "idl-0001" and "IDL-0001" clash; "İDL" (dotted capital I) is outside the id alphabet, so no culture can fold it
        var text = Csv.File(Csv.Row(Csv.ValidFields()), Csv.RowWith(FigureColumns.Id, "idl-0001"), Csv.RowWith(FigureColumns.Id, "\u0130DL-0001"));

        // When
        var set = Csv.Read(text);

        // Then
        Assert.Equal(
            [
                "test.csv:3:1: id 'idl-0001' differs only in case from id 'IDL-0001' on line 2",
                "test.csv:4:1: id '\u0130DL-0001' has '\u0130' (U+0130, not ASCII) at character 1; ids are ASCII letters, digits, '-', '_' and '.'",
            ],
            set.Problems.Select(p => p.ToString()));
        Assert.Single(set.Figures);
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Write_Json_NumbersUseADecimalPoint(string culture) => Under(culture, () =>
    {
        // Given
        var figure = TestFigures.Displaced() with { Value = 12.5m, Unit = Unit.Percent, Quote = "12.5% of them" };

        // When
        using var output = new MemoryStream();
        FigureExporter.Write(output, [figure], ExportFormat.Json);
        using var json = JsonDocument.Parse(output.ToArray());

        // Then
        Assert.Equal(12.5m, json.RootElement[0].GetProperty("value").GetDecimal());
        Assert.Contains("\"value\": 12.5,", System.Text.Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal("2018-09-12", json.RootElement[0].GetProperty("period_end").GetString());
    });

    [Theory]
    [MemberData(nameof(Cultures))]
    public void List_CommittedDataset_WordsNumbersAndDatesInEnglish(string culture) => Under(culture, () =>
    {
        // When
        var (code, output, _) = CliRunner.Run("list", "--data", Paths.Dataset, "--metric", "displaced");

        // Then
        Assert.Equal(0, code);
        Assert.Contains("more than 38,500 people", output);
        Assert.Contains("1–12 September 2018", output);
    });

    private static void Under(string culture, Action test)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            if (culture.Length > 0) CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            test();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
        }
    }
}
