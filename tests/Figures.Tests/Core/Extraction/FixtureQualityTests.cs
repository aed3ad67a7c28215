namespace Figures.Tests.Core.Extraction;

/// <summary>Measures extraction on articles written for these tests, so it is not tuned to the five seeds alone.</summary>
public sealed class FixtureQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_OwnFixtures_MeetsRecallAndPrecisionBar()
    {
        // Given
        var articles = Directory.GetFiles(ExtractionRun.FixtureFolder, "*.txt");
        Assert.True(articles.Length >= 6, "at least six fixture articles");
        var expected = articles.SelectMany(ExpectedFigures.Read).ToList();

        // When
        var candidates = ExtractionRun.Articles(articles);
        var score = ExtractionScore.Of(expected, candidates);

        // Then
        output.WriteLine(score.Report("own fixtures"));
        TestContext.Current.SendDiagnosticMessage(score.Report("own fixtures"));
        Assert.True(score.Recall >= 0.80, score.Report("own fixtures"));
        Assert.True(score.Precision >= 0.80, score.Report("own fixtures"));
    }
}
