namespace Figures.Tests.Core.Extraction;

/// <summary>
/// Measures extraction on the situation-report texts of issue 20 (<c>Extraction/Labelled</c>), labelled before the
/// extractor was run on them. The target: recall at least 0.8 at precision at least 0.9, a figure counting as found
/// only with its value, range, unit and metric right.
/// </summary>
public sealed class LabelledQualityTests(ITestOutputHelper output)
{
    // The tuning set, then the texts written after it (the fairer scores), then those written after every fix so far.
    [Theory]
    [InlineData("", "labelled situation reports", 5, 40)]
    [InlineData("Holdout", "held-out situation reports", 4, 30)]
    [InlineData("Holdout2", "second held-out situation reports", 4, 25)]
    public void Extract_SituationReports_MeetsIssue20Target(string set, string name, int minTexts, int minLabels)
    {
        // Given
        var folder = Path.Combine(LabelledFigure.Folder, set);
        var labels = LabelledFigure.ReadAll(folder);
        var texts = Directory.GetFiles(folder, "*.txt");
        Assert.True(texts.Length >= minTexts && labels.Count >= minLabels, $"at least {minTexts} texts and {minLabels} labelled figures");

        // When
        var (strict, loose) = Score(labels, texts);

        // Then
        output.WriteLine(loose.Report(name + ", value and unit").Split(Environment.NewLine)[0]);
        output.WriteLine(strict.Report(name + ", value, unit and metric"));
        Assert.True(strict.Recall >= 0.80, strict.Report(name));
        Assert.True(strict.Precision >= 0.90, strict.Report(name));
    }

    private static (LabelledScore Strict, LabelledScore Loose) Score(IReadOnlyList<LabelledFigure> labels, string[] texts)
    {
        var candidates = ExtractionRun.Articles(texts);
        return (LabelledScore.Of(labels, candidates, withMetric: true), LabelledScore.Of(labels, candidates, withMetric: false));
    }
}
