using Figures.Core.Extraction;
using Figures.Core.Model;
using Figures.Core.Text;
using Figures.Core.Validation;

namespace Figures.Tests.Core.Extraction;

/// <summary>What situation reports state beside displacement (issue 20), sentence by sentence, and the labelled texts' own checks.</summary>
public sealed class SituationReportExtractionTests
{
    private static readonly ArticleInfo Article = new() { SourceFile = "a.txt", Published = new DateOnly(2020, 2, 14) };

    [Theory]
    [InlineData("some 210 others were injured, according to local health authorities", 210, Metric.Injured)]
    [InlineData("14 civilians were killed and 37 wounded in a market", 37, Metric.Injured)]
    [InlineData("14 civilians were killed and 37 wounded in a market", 14, Metric.Killed)]
    [InlineData("which killed ten health workers and injured a further 22", 10, Metric.Killed)]
    [InlineData("which killed ten health workers and injured a further 22", 22, Metric.Injured)]
    [InlineData("93 civilians were killed and between 250 and 300 were injured", 250, Metric.Injured)]
    [InlineData("at least 300 civilians had been killed, among them 35 women, and hundreds more had been injured", 35, Metric.Killed)]
    [InlineData("At least 28 children have been killed and dozens more injured", 28, Metric.Killed)]
    [InlineData("Three paramedics were among the dead", 3, Metric.Killed)]
    [InlineData("one paramedic was killed and three nurses were injured", 1, Metric.Killed)]
    [InlineData("2.8 million people are in need of humanitarian assistance", 2800000, Metric.InNeed)]
    [InlineData("Four million people live in northwest Syria, of whom 2.7 million are in need.", 2700000, Metric.InNeed)]
    [InlineData("Four million people live in northwest Syria, of whom 2.7 million are in need.", 4000000, Metric.Population)]
    [InlineData("Some 2.8 million people require humanitarian assistance", 2800000, Metric.InNeed)]
    [InlineData("At least 48,000 people are sheltering in the open, under trees or in fields", 48000, Metric.Idps)]
    [InlineData("Up to 100,000 people are living in the open", 100000, Metric.Idps)]
    [InlineData("where 2,500 families are living in tents", 2500, Metric.Idps)]
    [InlineData("Three health facilities were hit on 21 December", 3, Metric.HealthAttacks)]
    [InlineData("WHO has verified 19 attacks on health care since 1 January", 19, Metric.HealthAttacks)]
    [InlineData("Twelve schools were damaged during the same week", 12, Metric.SchoolAttacks)]
    [InlineData("Ten health facilities and seven schools were affected by shelling", 10, Metric.HealthAttacks)]
    [InlineData("Ten health facilities and seven schools were affected by shelling", 7, Metric.SchoolAttacks)]
    [InlineData("Of the 550 health facilities in the area, 84 have been damaged or destroyed", 84, Metric.HealthAttacks)]
    [InlineData("Hospitals have been struck on at least 39 occasions", 39, Metric.HealthAttacks)]
    [InlineData("Children account for about 60 per cent of those displaced", 60, Metric.ChildrenShare)]
    [InlineData("Nearly 57 per cent of those displaced since December are children under the age of 18.", 57, Metric.ChildrenShare)]
    [InlineData("Around 900,000 people, more than half of them children, have fled their homes", 50, Metric.ChildrenShare)]
    [InlineData("Children now make up nearly six in ten of the people who have fled.", 60, Metric.ChildrenShare)]
    [InlineData("the three million people living in the area, two thirds of whom need humanitarian assistance", 66.7, Metric.InNeed)]
    [InlineData("bringing the number displaced since early December to more than 388,000", 388000, Metric.Displaced)]
    [InlineData("local sources put the toll at above 100", 100, Metric.Killed)]
    public void Guess_SituationReportSentence_GivesMetric(string sentence, double value, Metric expected)
    {
        // Given
        var quantities = QuantityFinder.Find(sentence);
        var quantity = Assert.Single(quantities, q => q.Value == (decimal)value);

        // When
        var guess = MetricGuesser.Guess(sentence, quantity, quantities);

        // Then
        Assert.Equal(expected, guess?.Metric);
    }

    [Theory]
    [InlineData("Three health facilities were hit", 3, Unit.Facilities)]
    [InlineData("have hit at least 18 hospitals and clinics", 18, Unit.Facilities)]
    [InlineData("Sixteen schools have been damaged", 16, Unit.Facilities)]
    [InlineData("two of the largest hospitals in Idleb governorate", 2, Unit.Facilities)]
    [InlineData("WHO has verified 84 attacks on health care", 84, Unit.Attacks)]
    [InlineData("killed 69 health workers and patients", 69, Unit.People)]
    [InlineData("twelve pupils were injured", 12, Unit.People)]
    [InlineData("two of its medical workers were killed", 2, Unit.People)]
    [InlineData("Ten of the dead were killed when strikes hit a school", 10, Unit.People)]
    [InlineData("Of the 550 health facilities in the area, 84 have been damaged", 84, Unit.Facilities)]
    [InlineData("1,100 families living under trees", 1100, Unit.Households)]
    public void Find_SituationReportCount_GivesUnit(string sentence, double value, Unit expected)
    {
        // Given a count and what it counts

        // When
        var quantity = Assert.Single(QuantityFinder.Find(sentence), q => q.Value == (decimal)value);

        // Then
        Assert.Equal(expected, quantity.Unit);
    }

    [Theory]
    [InlineData("For access questions, partners can call the hub on +90 342 211 0000.")]
    [InlineData("Security Council resolution 2449 (2018) renewed cross-border operations until 10 January 2020.")]
    [InlineData("The displacement is one of the largest of the war.")]
    [InlineData("a hospital in Kafr Nabl, the third to be struck there this month")]
    [InlineData("The Syria Humanitarian Response Plan for 2019, which requests US$3.3 billion, is 58 per cent funded.")]
    [InlineData("The UN and its partners sent 1,227 trucks of aid across the border in January.")]
    [InlineData("Of the 550 health facilities in the area, many were damaged.")]
    [InlineData("One child is killed or injured every eight hours, on average.")]
    [InlineData("One woman was interviewed in the camp.")]
    [InlineData("Of the facilities still open, roughly a third are working at reduced capacity because staff have fled.")]
    [InlineData("More than a third of the displaced are children under 12.")]
    [InlineData("over 80 per cent of them women and children")]
    [InlineData("At least 87 schools were damaged, and another 250 schools were used as shelters.")]
    [InlineData("fewer than 10,000 of the nearly one million people who fled the fighting have gone back")]
    public void FromSentence_NotASituationReportFigure_ProposesNothingOfIt(string sentence)
    {
        // Given a number that is a phone number, a resolution, a rank, money, a count of no metric, a total, a rate,
        // a share of things, a share of a smaller group of children, or a part of a whole that did something else

        // When
        var figures = FigureExtractor.FromSentence(sentence, Article);

        // Then: only the sentence's real figures (87 schools, a million displaced) may come out
        Assert.All(figures, f => Assert.True(f.Value is 87m or 1_000_000m, $"{f.Value} {Vocabulary.Name(f.Metric)}"));
    }

    [Theory]
    [InlineData("two thirds of whom", 66.7)]
    [InlineData("three quarters of the displaced", 75)]
    [InlineData("one third of them", 33.3)]
    public void Find_FractionInTwoWords_IsAProportion(string text, double value)
    {
        // When
        var found = NumberFinder.Find(text);

        // Then
        var mention = Assert.Single(found);
        Assert.True(mention.IsPercent);
        Assert.Equal((decimal)value, mention.Value);
    }

    [Theory]
    [InlineData("Between 16 and 24 December, at least 71 civilians were killed, among them 19 children.", 19, "counts children only: a part of all those killed")]
    [InlineData("which killed ten health workers and injured a further 22", 10, "counts workers only: a part of all those killed")]
    [InlineData("At least 48,000 people are sheltering in the open.", 48000, "people in the open: a part of those living in displacement")]
    [InlineData("Children account for about 60 per cent of those displaced.", 60, "a share of the group the sentence names, not of the population")]
    public void FromSentence_GroupOrPart_NotesSaySo(string sentence, int value, string note)
    {
        // When
        var figure = Assert.Single(FigureExtractor.FromSentence(sentence, Article), f => f.Value == value);

        // Then
        Assert.Contains(note, figure.Notes);
    }

    [Fact]
    public void FromSentence_WholeCasualtyCount_HasNoPartNote()
    {
        // When
        var figure = Assert.Single(FigureExtractor.FromSentence("At least 71 civilians were killed.", Article));

        // Then
        Assert.DoesNotContain("a part of", figure.Notes);
    }

    public static TheoryData<string> LabelFolders => new() { LabelledFigure.Folder, LabelledFigure.HoldoutFolder, LabelledFigure.SecondHoldoutFolder };

    [Theory]
    [MemberData(nameof(LabelFolders))]
    public void Labels_EveryLabel_IsStatedInItsTextInTheVocabulary(string folder)
    {
        // Given
        var labels = LabelledFigure.ReadAll(folder);

        // When / Then: a label is a short span of its text, with a metric, unit and qualifier the vocabulary knows and allows together
        Assert.NotEmpty(labels);
        foreach (var label in labels)
        {
            var text = File.ReadAllText(Path.Combine(folder, label.File));
            Assert.True(text.Contains(label.Span, StringComparison.Ordinal), $"{label.File}: '{label.Span}' is not in the text");
            Assert.True(label.Span.Split(' ').Length <= 12, $"{label.File}: '{label.Span}' is more than a short span");
            Assert.True(Vocabulary.TryParseMetric(label.Metric, out var metric), label.Metric);
            Assert.True(Vocabulary.TryParseUnit(label.Unit, out var unit), label.Unit);
            Assert.True(Vocabulary.TryParseQualifier(label.Qualifier, out _), label.Qualifier);
            Assert.True(Vocabulary.Fits(metric, unit), $"{label.File}: {label.Unit} does not fit {label.Metric}");
        }
    }

    [Theory]
    [MemberData(nameof(LabelFolders))]
    public void Extract_LabelledTexts_QuotesAreFoundVerbatimInTheirSources(string folder)
    {
        // Given
        var check = new SourceQuoteCheck(folder);

        // When
        var candidates = ExtractionRun.Articles(Directory.GetFiles(folder, "*.txt"));

        // Then
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Null(check.Check(c)));
    }
}
