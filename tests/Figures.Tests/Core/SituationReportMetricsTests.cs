using Figures.Charts;
using Figures.Core.Diagnostics;
using Figures.Core.Export;
using Figures.Core.Model;
using Figures.Core.Wording;
using Figures.Reports.Model;
using Figures.Tests.CrossCutting.Hardening;
using Figures.Tests.Support;

namespace Figures.Tests.Core;

/// <summary>
/// The metrics situation reports give beside displacement (issue 20): injured, in need, attacks on health care and
/// schools, children's share of a group; and the units that fit them. Each is read, validated, worded, coloured and exported.
/// </summary>
public sealed class SituationReportMetricsTests
{
    public static TheoryData<string, string, string, string> FittingRows => new()
    {
        // metric, value, unit, quote
        { "injured", "210", "people", "\"some 210 others were injured\"" },
        { "in_need", "2800000", "people", "2.8 million people are in need of humanitarian assistance" },
        { "health_attacks", "3", "facilities", "Three health facilities were hit" },
        { "health_attacks", "19", "attacks", "WHO has verified 19 attacks on health care" },
        { "school_attacks", "12", "facilities", "Twelve schools were damaged" },
        { "children_share", "60", "percent", "Children account for about 60 per cent of those displaced" },
    };

    [Theory]
    [MemberData(nameof(FittingRows))]
    public void Read_NewMetricInAUnitThatFits_IsValid(string metric, string value, string unit, string quote)
    {
        // Given
        var fields = Csv.ValidFields();
        (fields[FigureColumns.Metric], fields[FigureColumns.Value], fields[FigureColumns.Unit], fields[FigureColumns.Quote]) = (metric, value, unit, quote);
        fields[FigureColumns.Qualifier] = "exact";
        if (metric == "in_need") fields[FigureColumns.PeriodStart] = "";

        // When
        var set = Csv.Read(Csv.File(Csv.Row(fields)));

        // Then
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
        var figure = Assert.Single(set.Figures);
        Assert.Equal(metric, Vocabulary.Name(figure.Metric));
        Assert.Equal(unit, Vocabulary.Name(figure.Unit));
    }

    public static TheoryData<string, string, string, string> MisfitRows => new()
    {
        { "health_attacks", "people", "Three health facilities were hit", "unit 'people' does not fit metric 'health_attacks'; it is counted in facilities or attacks or percent" },
        { "injured", "facilities", "Three health facilities were hit", "unit 'facilities' does not fit metric 'injured'; it is counted in people or households or percent" },
        { "children_share", "people", "Three children", "unit 'people' does not fit metric 'children_share'; it is counted in percent" },
        { "killed", "attacks", "Three attacks killed people", "unit 'attacks' does not fit metric 'killed'; it is counted in people or households or percent" },
    };

    [Theory]
    [MemberData(nameof(MisfitRows))]
    public void Read_UnitThatDoesNotFitTheMetric_IsAProblemAtTheUnitColumn(string metric, string unit, string quote, string expected)
    {
        // Given
        var fields = Csv.ValidFields();
        (fields[FigureColumns.Metric], fields[FigureColumns.Value], fields[FigureColumns.Unit], fields[FigureColumns.Quote]) = (metric, "3", unit, quote);
        var row = Csv.Row(fields);

        // When
        var set = Csv.Read(Csv.File(row));

        // Then
        var problem = Assert.Single(set.Problems);
        Assert.Equal(expected, problem.Message);
        Assert.Equal(2, problem.Line);
        Assert.Equal(string.Join(',', fields.Take(FigureColumns.Unit)).Length + 2, problem.Column);
        Assert.Equal($"test.csv:2:{problem.Column}: {expected}", problem.ToString());
        Assert.Equal(Severity.Invalid, set.Severity);
    }

    [Fact]
    public void KindOf_NewMetrics_FlowsExceptInNeed()
    {
        // Given / When / Then: in need is a count at a date; the others happen over a period
        Assert.Equal(MetricKind.Stock, Vocabulary.KindOf(Metric.InNeed));
        Assert.All(new[] { Metric.Injured, Metric.HealthAttacks, Metric.SchoolAttacks, Metric.ChildrenShare },
            m => Assert.Equal(MetricKind.Flow, Vocabulary.KindOf(m)));
    }

    [Fact]
    public void Fits_EveryMetricAndUnit_AgreesWithUnitsOf()
    {
        // Given / When / Then: the fast check and the listed units are the same rule
        foreach (var metric in Enum.GetValues<Metric>())
        {
            foreach (var unit in Enum.GetValues<Unit>())
                Assert.Equal(Vocabulary.UnitsOf(metric).Contains(unit), Vocabulary.Fits(metric, unit));
        }
        Assert.Equal([Unit.Facilities, Unit.Attacks, Unit.Percent], Vocabulary.UnitsOf(Metric.HealthAttacks));
        Assert.Equal([Unit.Percent], Vocabulary.UnitsOf(Metric.ChildrenShare));
    }

    [Fact]
    public void Wording_EveryMetric_HasItsOwnNameTopicColourAndTag()
    {
        // Given
        var metrics = Enum.GetValues<Metric>();

        // When
        var names = metrics.Select(MetricWording.Name).ToList();
        var topics = metrics.Select(m => MetricWording.Topic(m, Vocabulary.UnitsOf(m)[0])).ToList();
        var colours = metrics.Select(MetricColors.Of).ToList();
        var tags = metrics.Select(HxlTags.ForMetric).ToList();

        // Then: a metric that fell through to a default would share its words, colour or tag with another
        Assert.Equal(metrics.Length, names.Distinct().Count());
        Assert.Equal(metrics.Length, topics.Distinct().Count());
        Assert.Equal(metrics.Length, colours.Distinct().Count());
        Assert.Equal(metrics.Length, tags.Distinct().Count());
        Assert.Equal("attacks on health care", MetricWording.Name(Metric.HealthAttacks));
        Assert.Equal("In need", MetricWording.Title(Metric.InNeed));
        Assert.Equal("Health facilities hit or put out of service", MetricWording.Topic(Metric.HealthAttacks, Unit.Facilities));
        Assert.Equal("Children's share", MetricWording.Label(Metric.ChildrenShare, Unit.Percent));
        Assert.Equal("12 facilities", NumberWording.Describe(Figure(Metric.SchoolAttacks, 12, Unit.Facilities)));
    }

    [Theory]
    [InlineData(Metric.Injured, 210, Unit.People, "210 people were injured in Idlib")]
    [InlineData(Metric.InNeed, 2800000, Unit.People, "2.8 million people were in need of humanitarian assistance in Idlib")]
    [InlineData(Metric.HealthAttacks, 3, Unit.Facilities, "3 health facilities were hit or put out of service in Idlib")]
    [InlineData(Metric.HealthAttacks, 19, Unit.Attacks, "19 attacks on health care were recorded in Idlib")]
    [InlineData(Metric.SchoolAttacks, 1, Unit.Facilities, "1 school was hit or put out of use in Idlib")]
    [InlineData(Metric.ChildrenShare, 60, Unit.Percent, "children were 60% of the group counted in “the quote”")]
    public void Sentence_NewMetric_SaysWhatWasCounted(Metric metric, int value, Unit unit, string expected)
    {
        // Given
        var figure = Figure(metric, value, unit);

        // When
        var sentence = HighlightWriter.Sentence(figure);

        // Then
        Assert.Contains(expected, sentence, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("WHO has verified 19 attacks, which killed ten health workers and injured a further 22.", 10, "10 health workers were killed")]
    [InlineData("at least 71 civilians were killed, among them 19 children", 19, "19 children were killed")]
    [InlineData("Three paramedics were among the dead.", 3, "3 paramedics were killed")]
    [InlineData("at least 300 civilians had been killed, among them 35 women", 35, "35 women were killed")]
    public void Sentence_GroupAmongTheKilled_KeepsTheGroupsName(string quote, int value, string expected)
    {
        // Given: a part of the killed, which must not read as that many people of every kind
        var figure = Figure(Metric.Killed, value, Unit.People) with { Quote = quote };

        // When
        var sentence = HighlightWriter.Sentence(figure);

        // Then
        Assert.Contains(expected, sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void CountFromShare_ChildrensShareOrShareOfFacilities_DerivesNoCountOfPeople()
    {
        // Given: a population in the same article and place, which a share of the population would be worked out from
        var population = Figure(Metric.Population, 4_000_000, Unit.People);
        var children = Figure(Metric.ChildrenShare, 60, Unit.Percent);
        var facilities = Figure(Metric.HealthAttacks, 40, Unit.Percent);
        var inNeed = Figure(Metric.InNeed, 70, Unit.Percent);
        Figure[] figures = [population, children, facilities, inNeed];

        // When / Then
        Assert.Null(DerivedValues.CountFromShare(children, figures));
        Assert.Null(DerivedValues.CountFromShare(facilities, figures));
        Assert.Equal(2_800_000m, DerivedValues.CountFromShare(inNeed, figures)!.Value);
    }

    [Fact]
    public void List_MetricInNeed_SelectsOnlyThatMetric()
    {
        // Given
        var fields = Csv.ValidFields();
        var rows = new[]
        {
            Csv.Row(fields),
            Csv.Row(With(fields, "IDL-0002", "in_need", "2800000", "people", "2.8 million people are in need")),
            Csv.Row(With(fields, "IDL-0003", "health_attacks", "19", "attacks", "19 attacks on health care")),
        };
        var path = Path.Combine(Path.GetTempPath(), $"figures-in-need-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, Csv.File(rows));
        try
        {
            // When
            var (code, output, _) = CliRunner.Run("list", "--data", path, "--metric", "in_need");

            // Then
            Assert.Equal(0, code);
            Assert.Contains("2.8 million people", output);
            Assert.DoesNotContain("38,500", output);
            Assert.DoesNotContain("19 attacks", output);
            Assert.Contains("1 figure.", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string[] With(string[] valid, string id, string metric, string value, string unit, string quote)
    {
        var fields = (string[])valid.Clone();
        (fields[FigureColumns.Id], fields[FigureColumns.Metric], fields[FigureColumns.Value], fields[FigureColumns.Unit], fields[FigureColumns.Quote]) = (id, metric, value, unit, quote);
        fields[FigureColumns.Qualifier] = "exact";
        if (Vocabulary.TryParseMetric(metric, out var m) && Vocabulary.KindOf(m) != MetricKind.Flow) fields[FigureColumns.PeriodStart] = "";
        return fields;
    }

    private static Figure Figure(Metric metric, decimal value, Unit unit) => TestFigures.Of(metric, value, unit);
}
