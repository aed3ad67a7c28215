using Figures.Core.Model;
using Figures.Core.Places;
using Figures.Core.Wording;

namespace Figures.Tests.Reports.Arabic;

/// <summary>Each wording rule in Arabic: the same rule as in English, in Arabic words and either kind of digits.</summary>
public sealed class ArabicWordingTests
{
    private static readonly Words Indic = Words.Arabic(DigitStyle.ArabicIndic);
    private static readonly Words Western = Words.Arabic(DigitStyle.Western);

    // First strong isolate and pop directional isolate, around data-set text in Arabic.
    private const string Fsi = "\u2068";
    private const string Pdi = "\u2069";

    private static Figure Make(decimal value, Qualifier qualifier, Unit unit = Unit.People, decimal? max = null, Metric metric = Metric.Displaced) => new()
    {
        Id = "T-1",
        Metric = metric,
        Value = value,
        ValueMax = max,
        Unit = unit,
        Qualifier = qualifier,
        Quote = "q",
    };

    [Theory]
    [InlineData(38500, Qualifier.MoreThan, Unit.People, "أكثر من ٣٨٬٥٠٠ شخص")]
    [InlineData(3000000, Qualifier.Approximately, Unit.People, "نحو ٣ ملايين شخص")]
    [InlineData(1800000, Qualifier.Exact, Unit.People, "١٫٨ مليون شخص")]
    [InlineData(1000000, Qualifier.Approximately, Unit.People, "نحو مليون شخص")]
    [InlineData(1234567, Qualifier.Exact, Unit.People, "١٬٢٣٤٬٥٦٧ شخص")]
    [InlineData(14, Qualifier.AtLeast, Unit.Localities, "ما لا يقل عن ١٤ بلدة أو قرية")]
    [InlineData(700000, Qualifier.AtMost, Unit.People, "حتى ٧٠٠٬٠٠٠ شخص")]
    [InlineData(100, Qualifier.LessThan, Unit.People, "أقل من ١٠٠ شخص")]
    [InlineData(5, Qualifier.Exact, Unit.Households, "٥ أسر")]
    [InlineData(50, Qualifier.Approximately, Unit.Percent, "نحو النصف")]
    [InlineData(76, Qualifier.Exact, Unit.Percent, "٧٦٪")]
    public void Describe_ArabicIndic_KeepsTheQualifierInArabic(double value, Qualifier qualifier, Unit unit, string expected)
    {
        Assert.Equal(expected, NumberWording.Describe(Make((decimal)value, qualifier, unit), Indic));
    }

    [Theory]
    [InlineData(38500, Qualifier.MoreThan, Unit.People, "أكثر من 38,500 شخص")]
    [InlineData(2500000, Qualifier.Approximately, Unit.People, "نحو 2.5 مليون شخص")]
    [InlineData(76, Qualifier.Exact, Unit.Percent, "76%")]
    public void Describe_WesternDigits_WritesWesternDigits(double value, Qualifier qualifier, Unit unit, string expected)
    {
        Assert.Equal(expected, NumberWording.Describe(Make((decimal)value, qualifier, unit), Western));
    }

    [Fact]
    public void Describe_Range_SaysBetweenInArabic()
    {
        Assert.Equal("بين ٢٥٠٬٠٠٠ و٧٠٠٬٠٠٠ شخص", NumberWording.Describe(Make(250000, Qualifier.Exact, max: 700000), Indic));
    }

    [Fact]
    public void Span_KeepsEachEndsQualifierInArabic()
    {
        // Given: the spread of a key figure, "more than 38,500 to about 1 million" in English
        var low = Make(38500, Qualifier.MoreThan);
        var high = Make(1000000, Qualifier.Approximately);
        // When
        var span = NumberWording.Span(low, high, Indic);
        // Then
        Assert.Equal("من أكثر من ٣٨٬٥٠٠ إلى نحو مليون", span);
        Assert.Equal("more than 38,500 to about 1 million", NumberWording.Span(low, high));
    }

    [Fact]
    public void Describe_EveryQualifier_ArabicHasWordsExactlyWhenEnglishHas()
    {
        // Never more precise than the English rule: a qualified figure keeps a qualifier, an exact one gains none.
        foreach (var qualifier in Enum.GetValues<Qualifier>())
        {
            var figure = Make(38500, qualifier);
            var english = NumberWording.QualifierPhrase(qualifier);
            var arabic = NumberWording.QualifierPhrase(qualifier, Indic);
            Assert.Equal(english.Length == 0, arabic.Length == 0);
            Assert.StartsWith(arabic, NumberWording.Describe(figure, Indic), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(1, "كانون الثاني")]
    [InlineData(2, "شباط")]
    [InlineData(3, "آذار")]
    [InlineData(4, "نيسان")]
    [InlineData(5, "أيار")]
    [InlineData(6, "حزيران")]
    [InlineData(7, "تموز")]
    [InlineData(8, "آب")]
    [InlineData(9, "أيلول")]
    [InlineData(10, "تشرين الأول")]
    [InlineData(11, "تشرين الثاني")]
    [InlineData(12, "كانون الأول")]
    public void Date_EveryMonth_TakesItsLevantineName(int month, string name)
    {
        Assert.Equal($"١٤ {name} ٢٠١٨", PeriodWording.Date(new DateOnly(2018, month, 14), Indic));
    }

    [Fact]
    public void Range_SameMonthAndAcrossMonths_AreCompact()
    {
        Assert.Equal("١–١٢ أيلول ٢٠١٨", PeriodWording.Range(new DateOnly(2018, 9, 1), new DateOnly(2018, 9, 12), Indic));
        Assert.Equal("٣٠ آب – ٢ أيلول ٢٠١٨", PeriodWording.Range(new DateOnly(2018, 8, 30), new DateOnly(2018, 9, 2), Indic));
        Assert.Equal("1–12 أيلول 2018", PeriodWording.Range(new DateOnly(2018, 9, 1), new DateOnly(2018, 9, 12), Western));
    }

    [Fact]
    public void Describe_NoDate_SaysDateNotStated()
    {
        var figure = Make(700000, Qualifier.Exact, metric: Metric.AtRisk);
        Assert.Equal("التاريخ غير مذكور", PeriodWording.Describe(figure, Indic));
        Assert.True(PeriodWording.IsUndated(figure, Indic));
    }

    [Fact]
    public void Describe_StockDatedByItsArticle_IsReportedOnNotAsOf()
    {
        // Given: the same stock, once dated by its article's publication and once by its source
        var reported = Make(3000000, Qualifier.Approximately, metric: Metric.Population) with { PeriodEnd = new DateOnly(2018, 9, 14), Published = new DateOnly(2018, 9, 14) };
        var asOf = reported with { Published = new DateOnly(2018, 9, 20) };
        // Then
        Assert.Equal("أبلغ عنه في ١٤ أيلول ٢٠١٨", PeriodWording.Describe(reported, Indic));
        Assert.Equal("بتاريخ ١٤ أيلول ٢٠١٨", PeriodWording.Describe(asOf, Indic));
    }

    [Fact]
    public void Describe_FlowWithOnlyAnEnd_KeepsTheSourcesWordsForItsSpan()
    {
        // Given: "a five-month assault" in the quote, only its end dated
        var figure = Make(1000, Qualifier.MoreThan, metric: Metric.Killed) with
        {
            PeriodEnd = new DateOnly(2019, 8, 31),
            Quote = "More than 1,000 civilians were killed during a five-month assault",
        };
        // Then: the span stays in the source's language, set apart from the Arabic around it
        Assert.Equal($"خلال «{Fsi}a five-month assault{Pdi}» بتعبير المصدر، حتى ٣١ آب ٢٠١٩", PeriodWording.Describe(figure, Indic));
    }

    [Fact]
    public void Describe_FlowWithNoStart_SaysTheStartIsNotStated()
    {
        var figure = Make(500, Qualifier.Exact) with { PeriodEnd = new DateOnly(2019, 1, 28), Published = new DateOnly(2019, 1, 28) };
        Assert.Equal("حتى الإبلاغ عنه في ٢٨ كانون الثاني ٢٠١٩، والبداية غير مذكورة", PeriodWording.Describe(figure, Indic));
        Assert.Equal("حتى الإبلاغ عنه في ٢٨ كانون الثاني ٢٠١٩ (البداية غير مذكورة)", PeriodWording.Lead(figure, Indic));
    }

    [Fact]
    public void Lead_RangeInOneMonth_OpensTheSentence()
    {
        var figure = Make(38500, Qualifier.MoreThan) with { PeriodStart = new DateOnly(2018, 9, 1), PeriodEnd = new DateOnly(2018, 9, 12) };
        Assert.Equal("بين ١ و١٢ أيلول ٢٠١٨", PeriodWording.Lead(figure, Indic));
    }

    [Fact]
    public void Who_Unattributed_SaysSoAndANameStaysAsTheSourceGaveIt()
    {
        var unattributed = Make(1, Qualifier.Exact) with { AttributedTo = "unattributed" };
        var named = Make(1, Qualifier.Exact) with { AttributedTo = "UN OCHA" };
        Assert.Equal("غير منسوب إلى جهة", Attribution.Who(unattributed, Indic));
        Assert.Equal($"{Fsi}UN OCHA{Pdi}", Attribution.Who(named, Indic));
        Assert.Equal("UN OCHA", Attribution.Who(named));
    }

    [Fact]
    public void Short_NoPublisherNoDate_SaysBothAreNotStated()
    {
        Assert.Equal("الناشر غير مذكور، التاريخ غير مذكور", SourceWording.Short(Make(1, Qualifier.Exact), Indic));
        var dated = Make(1, Qualifier.Exact) with { Publisher = "The New Arab", Published = new DateOnly(2018, 9, 14) };
        Assert.Equal($"{Fsi}The New Arab{Pdi}، ١٤ أيلول ٢٠١٨", SourceWording.Short(dated, Indic));
    }

    [Fact]
    public void MetricNames_EveryMetric_HasArabicWords()
    {
        foreach (var metric in Enum.GetValues<Metric>())
        {
            Assert.DoesNotContain(MetricWording.Name(metric), MetricWording.Name(metric, Indic), StringComparison.Ordinal);
            Assert.Matches("^[\u0600-\u06FF ()]+$", MetricWording.Label(metric, Unit.Percent, Indic));
            Assert.Matches("^[\u0600-\u06FF ]+$", MetricWording.Topic(metric, Unit.People, Indic));
        }
    }

    [Fact]
    public void Noun_SourcesOwnNoun_IsTranslatedAndAgreesWithTheCount()
    {
        var civilians = Make(1000, Qualifier.MoreThan, metric: Metric.Killed) with { Quote = "more than 1,000 civilians were killed" };
        var few = Make(5, Qualifier.Exact, metric: Metric.Killed) with { Quote = "5 civilians were killed" };
        Assert.Equal("مدني", SourceWords.Noun(civilians, Indic));
        Assert.Equal("مدنيين", SourceWords.Noun(few, Indic));
        Assert.Equal("civilians", SourceWords.Noun(civilians));
    }

    [Theory]
    [InlineData("Idlib", "إدلب")]
    [InlineData("Idleb", "إدلب")]
    [InlineData("Hama and Idlib", "حماة وإدلب (\u2068Hama and Idlib\u2069)")]
    [InlineData("Idlib province and adjacent rural areas", "إدلب (\u2068Idlib province and adjacent rural areas\u2069)")]
    [InlineData("northwest Syria", "\u2068northwest Syria\u2069")]
    [InlineData("Saraqeb", "\u2068Saraqeb\u2069")]
    public void Place_GovernorateNames_TakeTheirArabicForm(string location, string expected)
    {
        Assert.Equal(expected, Indic.Place(location));
    }

    [Fact]
    public void ArabicPlaces_EveryGovernorate_HasAnArabicName()
    {
        foreach (var governorate in Gazetteer.Governorates) Assert.Matches("^[\u0600-\u06FF ]+$", ArabicPlaces.Of(governorate));
    }

    [Fact]
    public void Compact_ChartMarks_AgreeWithTheirCount()
    {
        Assert.Equal(">٣٨٫٥ ألف", NumberWording.Compact(Make(38500, Qualifier.MoreThan), Indic));
        Assert.Equal("~٣ ملايين", NumberWording.Compact(Make(3000000, Qualifier.Approximately), Indic));
        Assert.Equal("١٠ آلاف", NumberWording.CompactNumber(10000, Indic));
        Assert.Equal("~3M", NumberWording.Compact(Make(3000000, Qualifier.Approximately)));
    }
}
