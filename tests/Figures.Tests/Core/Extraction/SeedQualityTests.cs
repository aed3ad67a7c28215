using Figures.Core.Validation;
using Figures.Tests.Support;
using Figures.Core.Reading;

namespace Figures.Tests.Core.Extraction;

/// <summary>Measures extraction on the five seed articles against the curated figures.csv.</summary>
public sealed class SeedQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_SeedArticles_MeetsRecallAndPrecisionBar()
    {
        // Given
        var seeds = Paths.RequireSeeds();
        var curated = FigureFileReader.ReadFile(Paths.Dataset);
        Assert.True(curated.IsValid);
        var expected = curated.Figures.Select(f => (f.SourceFile, f.Value, f.Unit)).ToList();

        // When
        var candidates = ExtractionRun.Articles(Directory.GetFiles(seeds, "*.txt"));
        var score = ExtractionScore.Of(expected, candidates);

        // Then
        output.WriteLine(score.Report("seeds"));
        TestContext.Current.SendDiagnosticMessage(score.Report("seeds"));
        Assert.True(score.Recall >= 0.90, score.Report("seeds"));
        Assert.True(score.Precision >= 0.80, score.Report("seeds"));
    }

    [Fact]
    public void Extract_SeedArticles_QuotesAreFoundVerbatimInTheirSources()
    {
        // Given
        var seeds = Paths.RequireSeeds();
        var check = new SourceQuoteCheck(seeds);

        // When
        var candidates = ExtractionRun.Articles(Directory.GetFiles(seeds, "*.txt"));

        // Then
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Null(check.Check(c)));
    }
}
