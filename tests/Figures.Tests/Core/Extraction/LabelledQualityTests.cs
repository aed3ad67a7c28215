namespace Figures.Tests.Core.Extraction;

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
        var labels = LabelledFigure.ReadAll(LabelledFigure.Folder);
        var texts = Directory.GetFiles(LabelledFigure.Folder, "*.txt");
        Assert.True(texts.Length >= 5 && labels.Count >= 40, "at least five texts and 40 labelled figures");

        // When
        var (strict, loose) = Score(labels, texts);

        // Then
        output.WriteLine(loose.Report("labelled situation reports, value and unit").Split(Environment.NewLine)[0]);
        output.WriteLine(strict.Report("labelled situation reports, value, unit and metric"));
        Assert.True(strict.Recall >= 0.80, strict.Report("labelled"));
        Assert.True(strict.Precision >= 0.90, strict.Report("labelled"));
    }

    [Fact]
    public void Extract_HeldOutSituationReports_MeetsIssue20Target()
    {
        // Given: texts written after the tuning, so their score is the fairer of the two
        var labels = LabelledFigure.ReadAll(LabelledFigure.HoldoutFolder);
        var texts = Directory.GetFiles(LabelledFigure.HoldoutFolder, "*.txt");
        Assert.True(texts.Length >= 4 && labels.Count >= 30, "at least four texts and 30 labelled figures");

        // When
        var (strict, loose) = Score(labels, texts);

        // Then
        output.WriteLine(loose.Report("held-out situation reports, value and unit").Split(Environment.NewLine)[0]);
        output.WriteLine(strict.Report("held-out situation reports, value, unit and metric"));
        Assert.True(strict.Recall >= 0.80, strict.Report("held out"));
        Assert.True(strict.Precision >= 0.90, strict.Report("held out"));
    }

    [Fact]
    public void Extract_SecondHeldOutSituationReports_MeetsIssue20Target()
    {
        // Given: texts written after every fix so far
        var labels = LabelledFigure.ReadAll(LabelledFigure.SecondHoldoutFolder);
        var texts = Directory.GetFiles(LabelledFigure.SecondHoldoutFolder, "*.txt");
        Assert.True(texts.Length >= 4 && labels.Count >= 25, "at least four texts and 25 labelled figures");

        // When
        var (strict, loose) = Score(labels, texts);

        // Then
        output.WriteLine(loose.Report("second held-out situation reports, value and unit").Split(Environment.NewLine)[0]);
        output.WriteLine(strict.Report("second held-out situation reports, value, unit and metric"));
        Assert.True(strict.Recall >= 0.80, strict.Report("second held out"));
        Assert.True(strict.Precision >= 0.90, strict.Report("second held out"));
    }

    private static (LabelledScore Strict, LabelledScore Loose) Score(IReadOnlyList<LabelledFigure> labels, string[] texts)
    {
        var candidates = ExtractionRun.Articles(texts);
        return (LabelledScore.Of(labels, candidates, withMetric: true), LabelledScore.Of(labels, candidates, withMetric: false));
    }
}
