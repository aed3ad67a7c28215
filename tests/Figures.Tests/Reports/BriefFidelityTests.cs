using System.Text.RegularExpressions;
using Figures.Core.Model;
using Figures.Core.Wording;
using Figures.Reports.Definition;
using Figures.Reports.Model;
using Figures.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Figures.Core.Reading;

namespace Figures.Tests.Reports;

/// <summary>The honesty rules of the brief (issue 17), each on the sample dataset and on made-up figures.</summary>
public sealed class BriefFidelityTests
{
    private static readonly string Definition = Path.Combine(Paths.Repo, "reports", "idlib-2018-2019.json");

    private static BriefModel Sample(DateOnly? issued = null)
    {
        var (definition, _) = BriefDefinitionReader.ReadFile(Definition);
        var set = FigureFileReader.ReadFile(Paths.Dataset);
        return BriefModelBuilder.Build(definition!, set.Figures, set.Fingerprint, issued ?? new DateOnly(2026, 11, 21));
    }

    private static Figure Make(string id, decimal value, Qualifier qualifier = Qualifier.Exact, Metric metric = Metric.Displaced,
        string attributedTo = "", DateOnly? end = null, DateOnly? start = null, string quote = "", DateOnly? published = null,
        Unit unit = Unit.People, string conflicts = "") => new()
        {
            Id = id,
            Metric = metric,
            Value = value,
            Unit = unit,
            Qualifier = qualifier,
            AttributedTo = attributedTo,
            PeriodEnd = end,
            PeriodStart = start,
            Published = published,
            Location = "Idlib",
            SourceFile = id + ".txt",
            Quote = quote.Length > 0 ? quote : $"{value} people",
            ConflictsWith = conflicts,
        };

    [Fact]
    public void Headline_AttributedBeatsUnattributed_DatedBeatsUndated_PrimaryBeatsSecondary()
    {
        // Given
        var unattributedRecent = Make("A", 1_000_000, Qualifier.Approximately, end: new DateOnly(2019, 8, 31));
        var unOcha = Make("B", 38_500, Qualifier.MoreThan, attributedTo: "UN OCHA", end: new DateOnly(2018, 9, 12));
        var unUndated = Make("C", 500_000, Qualifier.MoreThan, attributedTo: "UN");
        var activists = Make("D", 40_000, attributedTo: "activists", end: new DateOnly(2018, 9, 12));
        var none = new HashSet<Figure>();

        // Then
        Assert.Same(unOcha, BriefModelBuilder.Headline([unattributedRecent, unOcha, unUndated], none));
        Assert.Same(unUndated, BriefModelBuilder.Headline([unattributedRecent, unUndated], none));
        Assert.Same(unOcha, BriefModelBuilder.Headline([activists, unOcha], none));
    }

    [Fact]
    public void Sample_DisplacementHeadline_IsUnOchasFigureNotTheUnattributedOne()
    {
        var key = Sample().KeyFigures.Single(k => k.Metric == Metric.Displaced);
        Assert.Equal("IDL-0003", key.Headline.Id);
        Assert.Equal("more than 38,500 to about 1 million", key.Spread());
    }

    [Fact]
    public void Disputes_TheWeakerOfTwoConflictingFiguresIsDisputed_EqualStandingBothAre()
    {
        // Given
        var un = Make("A", 50, metric: Metric.Idps, unit: Unit.Percent, attributedTo: "UN", end: new DateOnly(2018, 9, 14), conflicts: "B");
        var blog = Make("B", 50, metric: Metric.Combatants, unit: Unit.Percent, conflicts: "A;C");
        var other = Make("C", 60, metric: Metric.Combatants, unit: Unit.Percent, conflicts: "B");

        // When
        var disputed = Disputes.Find([un, blog, other]);

        // Then
        Assert.DoesNotContain(un, disputed);
        Assert.Contains(blog, disputed);
        Assert.Contains(other, disputed);
    }

    [Fact]
    public void Sample_DisputedClaims_AreNeverHeadlinedOrInTheOverview()
    {
        // Given
        var model = Sample();

        // Then: "half are rebels" (IDL-0012) from an undated, unattributed blog is disputed
        Assert.Contains(model.Disputed, f => f.Id == "IDL-0012");
        Assert.DoesNotContain(model.KeyFigures, k => k.Metric == Metric.Combatants);
        foreach (var key in model.KeyFigures) Assert.DoesNotContain(key.Headline, model.Disputed);
        foreach (var disputed in model.Disputed) Assert.DoesNotContain(HighlightWriter.Sentence(disputed), model.Highlights);
        Assert.Contains(model.Disagreements, d => d.Figures.Any(f => f.Id == "IDL-0012"));
    }

    [Fact]
    public void Sample_EveryFigureIsInOneSentenceAtMost()
    {
        var model = Sample();
        Assert.Equal(model.Highlights.Count, model.Highlights.Distinct().Count());
        var sentences = model.Figures.Select(HighlightWriter.Sentence).ToList();
        foreach (var highlight in model.Highlights) Assert.Single(sentences, s => s == highlight);
    }

    [Fact]
    public void Sample_DisagreementGroups_IncludeTheDatedUnFigureAndNoInternalIds()
    {
        // Given
        var model = Sample();

        // Then: the UN's dated "about half" stands beside "half are rebels"
        var group = model.Disagreements.Single(d => d.Figures.Any(f => f.Id == "IDL-0012"));
        Assert.Contains(group.Figures, f => f.Id == "IDL-0002");
        foreach (var disagreement in model.Disagreements)
        {
            Assert.DoesNotMatch(@"IDL-\d", disagreement.Topic + disagreement.Note + string.Concat(disagreement.Derived.Select(d => d.How)));
            Assert.DoesNotContain("different groups", disagreement.Note);
        }
        foreach (var sentence in model.Highlights) Assert.DoesNotMatch(@"IDL-\d", sentence);
    }

    [Fact]
    public void Spread_SameNumberWithDifferentQualifiers_ListsEachWording()
    {
        // Given
        var figures = new[] { Make("A", 3_000_000, Qualifier.Approximately), Make("B", 3_000_000), Make("C", 3_000_000, Qualifier.Approximately) };

        // When
        var spread = new KeyFigure(figures[0], figures, [1, 2, 3], null).Spread();

        // Then
        Assert.Equal("about 3 million and 3 million", spread);
    }

    [Fact]
    public void Wording_AnyFigure_KeepsItsQualifierInSentencesAndSpreads()
    {
        var figure =
            from value in Gen.Elements(1_000m, 38_500m, 700_000m, 3_000_000m)
            from qualifier in Gen.Elements(Enum.GetValues<Qualifier>())
            from metric in Gen.Elements(Metric.Displaced, Metric.Idps, Metric.Population, Metric.Killed)
            from dated in Gen.Elements(true, false)
            select Make("X", value, qualifier, metric, "UN", dated ? new DateOnly(2019, 1, 1) : null);
        Prop.ForAll(figure.ToArbitrary(), figure.ToArbitrary(), (a, b) =>
        {
            var sentence = HighlightWriter.Sentence(a);
            var (low, high) = a.Value <= b.Value ? (a, b) : (b, a);
            var spread = NumberWording.Span(low, high);
            // The qualifier and the number travel together: "more than 38,500", never a bare "38,500".
            return sentence.Contains(NumberWording.Value(a), StringComparison.OrdinalIgnoreCase)
                && spread.StartsWith(NumberWording.Value(low), StringComparison.Ordinal)
                && spread.EndsWith(NumberWording.Value(high), StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Wording_SourceNoun_IsKept()
    {
        Assert.Equal("more than 1,000 civilians", HighlightWriter.Subject(Make("A", 1000, Qualifier.MoreThan, Metric.Killed, quote: "which has killed over a thousand civilians and forced around 1 million people")));
        Assert.Equal("about 1 million people", HighlightWriter.Subject(Make("B", 1_000_000, Qualifier.Approximately, quote: "which has killed over a thousand civilians and forced around 1 million people from their homes")));
        Assert.Equal("700,000 Syrians", HighlightWriter.Subject(Make("C", 700_000, Metric.AtRisk is var m ? Qualifier.Exact : Qualifier.Exact, Metric.AtRisk, quote: "risks forcing another 700,000 Syrians from their homes")));
    }

    [Fact]
    public void Wording_PeriodsAsTheSourceGaveThem()
    {
        // A flow ending on a date, over a span the article names
        var assault = Make("A", 1000, Qualifier.MoreThan, Metric.Killed, end: new DateOnly(2019, 8, 31), published: new DateOnly(2019, 9, 12),
            quote: "following a five-month assault on the area, which has killed over a thousand civilians");
        Assert.Equal("during a five-month assault ending 31 August 2019", PeriodWording.Describe(assault));
        Assert.StartsWith("During a five-month assault ending 31 August 2019, more than 1,000 civilians were killed", HighlightWriter.Sentence(assault));

        // An undated flow "in the past six months"
        var past = Make("B", 500_000, Qualifier.MoreThan, quote: "the displacement of more than half a million people to or within Idlib in the past six months");
        Assert.Equal("in the six months before the article (the article is undated)", PeriodWording.Describe(past));

        // A stock dated by its article: reported on, not "as of"
        var stock = Make("C", 3_000_000, Qualifier.Approximately, Metric.Population, "UN", end: new DateOnly(2018, 9, 14), published: new DateOnly(2018, 9, 14));
        Assert.Equal("reported on 14 September 2018", PeriodWording.Describe(stock));
        Assert.DoesNotContain("As of", HighlightWriter.Sentence(stock));

        // A flow with no start, whose end is not the article's date, never reads as a running total
        var noStart = Make("D", 14, Qualifier.AtLeast, Metric.LocalitiesAttacked, end: new DateOnly(2019, 1, 20), published: new DateOnly(2019, 1, 28), quote: "At least 14 towns");
        Assert.Equal("a period ending 20 January 2019, start not stated", PeriodWording.Describe(noStart));
        Assert.DoesNotContain("until", PeriodWording.Describe(noStart));
    }

    [Fact]
    public void Wording_Projection_StaysConditionalInTheSourcesWords()
    {
        var quote = "A major offensive in the Idlib area risks forcing another 700,000 Syrians from their homes, the United Nations said.";
        var projection = Make("A", 700_000, metric: Metric.AtRisk, attributedTo: "UN", quote: quote);
        Assert.Contains($"“{quote}”", HighlightWriter.Sentence(projection));
    }

    [Fact]
    public void AgeNotice_NewestFigureYearsBeforeIssue_IsOnPageOne()
    {
        Assert.Contains("more than 7 years before its date of issue", Sample().AgeNotice);
        Assert.Null(Sample(new DateOnly(2019, 10, 1)).AgeNotice);
    }

    [Fact]
    public void Attribution_IsOneRule()
    {
        Assert.False(Attribution.IsAttributed(Make("A", 1, attributedTo: "unattributed")));
        Assert.False(Attribution.IsAttributed(Make("A", 1, attributedTo: " ")));
        Assert.True(Attribution.IsPrimary(Make("A", 1, attributedTo: "UN OCHA")));
        Assert.False(Attribution.IsPrimary(Make("A", 1, attributedTo: "Tunisian officials")));
        Assert.False(Attribution.IsPrimary(Make("A", 1, attributedTo: "activists and humanitarian workers")));
    }

    [Fact]
    public void Layout_SampleBrief_FitsFourPagesNoneMoreThanHalfEmptyButTheLast()
    {
        // When
        var fill = Figures.Reports.Drawing.BriefRenderer.PageFill(Sample(), Figures.Charts.FontResolver.Resolve());

        // Then
        Assert.InRange(fill.Count, 1, 4);
        foreach (var used in fill.SkipLast(1)) Assert.True(used >= 0.5f, $"a page is {used:P0} full: " + string.Join(", ", fill.Select(f => f.ToString("P0", System.Globalization.CultureInfo.InvariantCulture))));
    }
}
