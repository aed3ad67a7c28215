using Figures.Core.Model;
using Figures.Core.Wording;
using Figures.Reports.Model;
using Figures.Tests.CrossCutting.Hardening;

namespace Figures.Tests.Reports.Arabic;

/// <summary>
/// The situation-report metrics (issue 20) in the Arabic edition: each says what was counted, with the same special
/// cases as in English: attacks counted in facilities or attacks, a share of children of the group its quote names,
/// a group noun kept, and no count of people derived from a share that is not of people.
/// </summary>
public sealed class ArabicSituationReportTests
{
    private static readonly Words Indic = Words.Arabic(DigitStyle.ArabicIndic);
    private static readonly BriefWords Brief = BriefWords.For(Indic);

    [Theory]
    [InlineData(Metric.Injured, 210, Unit.People, "أصيب ٢١٠ شخص في إدلب")]
    [InlineData(Metric.InNeed, 2800000, Unit.People, "كان ٢٫٨ مليون شخص بحاجة إلى مساعدة إنسانية في إدلب")]
    [InlineData(Metric.HealthAttacks, 3, Unit.Facilities, "تعرضت ٣ منشآت صحية لهجمات أو خرجت عن الخدمة في إدلب")]
    [InlineData(Metric.HealthAttacks, 19, Unit.Attacks, "سجلت ١٩ هجوم على الرعاية الصحية في إدلب")]
    [InlineData(Metric.SchoolAttacks, 12, Unit.Facilities, "تعرضت ١٢ مدرسة لهجمات أو خرجت عن الخدمة في إدلب")]
    [InlineData(Metric.SchoolAttacks, 2, Unit.Facilities, "مدرستان لهجمات أو خرجت عن الخدمة")]
    [InlineData(Metric.ChildrenShare, 60, Unit.Percent, "كان الأطفال ٦٠٪ من المجموعة المعدودة في «")]
    public void Sentence_NewMetric_SaysWhatWasCountedInArabic(Metric metric, int value, Unit unit, string expected)
    {
        // Given
        var figure = Figure(metric, value, unit);

        // When
        var sentence = HighlightWriter.Sentence(figure, Brief);

        // Then
        Assert.Contains(expected, sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WHO has verified 19 attacks, which killed ten health workers and injured a further 22.", 10, "قتل ١٠ عاملين صحيين")]
    [InlineData("at least 300 civilians had been killed, among them 35 women", 35, "قتل ٣٥ امرأة")]
    [InlineData("Three paramedics were among the dead.", 3, "قتل ٣ مسعفين")]
    public void Sentence_GroupAmongTheKilled_KeepsTheGroupsNameInArabic(string quote, int value, string expected)
    {
        // Given
        var figure = Figure(Metric.Killed, value, Unit.People) with { Quote = quote };

        // When
        var sentence = HighlightWriter.Sentence(figure, Brief);

        // Then
        Assert.Contains(expected, sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_NewMetricsAndUnits_HaveArabicWords()
    {
        Assert.Equal("الجرحى", MetricWording.Name(Metric.Injured, Indic));
        Assert.Equal("نسبة الأطفال", MetricWording.Label(Metric.ChildrenShare, Unit.Percent, Indic));
        Assert.Equal("هجمات على الرعاية الصحية", MetricWording.Topic(Metric.HealthAttacks, Unit.Attacks, Indic));
        Assert.Equal("منشأة", NumberWording.UnitNoun(Unit.Facilities, 1, Indic));
        Assert.Equal("منشآت", NumberWording.UnitNoun(Unit.Facilities, 5, Indic));
        Assert.Equal("هجوم", NumberWording.UnitNoun(Unit.Attacks, 19, Indic));
        Assert.Equal("هجمات", NumberWording.UnitNoun(Unit.Attacks, 4, Indic));
        Assert.Equal("هجومان", NumberWording.UnitNoun(Unit.Attacks, 2, Indic));
    }

    [Fact]
    public void CountFromShare_ChildrensShareOrShareOfFacilities_DerivesNoCountOfPeopleInArabic()
    {
        // Given
        var population = Figure(Metric.Population, 4_000_000, Unit.People);
        var children = Figure(Metric.ChildrenShare, 60, Unit.Percent);
        var facilities = Figure(Metric.HealthAttacks, 40, Unit.Percent);
        var inNeed = Figure(Metric.InNeed, 70, Unit.Percent);
        Figure[] figures = [population, children, facilities, inNeed];

        // When / Then
        Assert.Null(DerivedValues.CountFromShare(children, figures, Brief));
        Assert.Null(DerivedValues.CountFromShare(facilities, figures, Brief));
        Assert.Equal(2_800_000m, DerivedValues.CountFromShare(inNeed, figures, Brief)!.Value);
    }

    private static Figure Figure(Metric metric, decimal value, Unit unit) => TestFigures.Of(metric, value, unit);
}
