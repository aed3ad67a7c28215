namespace Figures.Tests.Extraction;

/// <summary>
/// Measures extraction on the situation-report texts of issue 20 (<c>Extraction/Labelled</c>), labelled before the
/// extractor was run on them. The target: recall at least 0.8 at precision at least 0.9, a figure counting as found
/// only with its value, range, unit and metric right.
/// </summary>
public sealed class LabelledQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_LabelledSituationReports_MeetsIssue20Target()
    {
        // Given
        var labels = LabelledFigure.ReadAll();
        var texts = Directory.GetFiles(LabelledFigure.Folder, "*.txt");
        Assert.True(texts.Length >= 5 && labels.Count >= 40, "at least five texts and 40 labelled figures");

        // When
        var candidates = ExtractionRun.Articles(texts);
        var strict = LabelledScore.Of(labels, candidates, withMetric: true);
        var loose = LabelledScore.Of(labels, candidates, withMetric: false);

        // Then
        output.WriteLine(loose.Report("labelled situation reports, value and unit").Split(Environment.NewLine)[0]);
        output.WriteLine(strict.Report("labelled situation reports, value, unit and metric"));
        Assert.True(strict.Recall >= 0.80, strict.Report("labelled"));
        Assert.True(strict.Precision >= 0.90, strict.Report("labelled"));
    }
}
