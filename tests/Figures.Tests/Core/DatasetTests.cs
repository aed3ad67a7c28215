using Figures.Core.Csv;
using Figures.Core.Model;
using Figures.Core.Validation;
using Figures.Tests.Support;

namespace Figures.Tests.Core;

/// <summary>The committed figures.csv: clean, traceable, and true to its sources.</summary>
public sealed class DatasetTests
{
    [Fact]
    public void ReadFile_CommittedDataset_ValidatesClean()
    {
        var set = FigureFileReader.ReadFile(Paths.Dataset);
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
        Assert.Equal(16, set.Figures.Count);
    }

    [Fact]
    public void ReadFile_CommittedDatasetAgainstSeeds_EveryQuoteIsVerbatim()
    {
        // Given
        var seeds = Paths.RequireSeeds();
        var options = new FigureReadOptions { CheckFigure = new SourceQuoteCheck(seeds).Check };

        // When
        var set = FigureFileReader.ReadFile(Paths.Dataset, options);

        // Then
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
    }

    [Fact]
    public void SourceQuoteCheck_QuoteNotInArticle_IsReported()
    {
        // Given
        var seeds = Paths.RequireSeeds();
        var figure = FigureFileReader.ReadFile(Paths.Dataset).Figures[0] with { Quote = "Some four million people live in the zone now" };

        // When
        var message = new SourceQuoteCheck(seeds).Check(figure);

        // Then
        Assert.Equal("quote not found verbatim in 000_b7b03118b7443f3d.txt", message);
    }

    [Fact]
    public void SourceQuoteCheck_ArticleThatCannotBeRead_IsAProblemOfTheRowNotACrash()
    {
        // Given: a source_file whose reading fails with an I/O error (a link to /proc/self/mem, read from offset 0)
        if (!File.Exists("/proc/self/mem")) Assert.Skip("needs Linux /proc to make a file that fails to read");
        var folder = Paths.TempFolder();
        File.CreateSymbolicLink(Path.Combine(folder, "broken.txt"), "/proc/self/mem");
        var figure = FigureFileReader.ReadFile(Paths.Dataset).Figures[0] with { SourceFile = "broken.txt" };

        // When
        var message = new SourceQuoteCheck(folder).Check(figure);

        // Then
        Assert.NotNull(message);
        Assert.StartsWith("source_file 'broken.txt' cannot be read: ", message);
    }

    [Fact]
    public void CommittedDataset_EverySeedArticle_HasFigures()
    {
        var seeds = Paths.RequireSeeds();
        var files = FigureFileReader.ReadFile(Paths.Dataset).Figures.Select(f => f.SourceFile).ToHashSet();
        Assert.All(Directory.GetFiles(seeds, "*.txt").Select(p => Path.GetFileName(p)), name => Assert.Contains(name, files));
    }

    [Fact]
    public void CommittedDataset_UndatedArticles_HaveNotesSayingWhatTheTextTells()
    {
        var undated = FigureFileReader.ReadFile(Paths.Dataset).Figures.Where(f => f.Published is null).ToList();
        Assert.NotEmpty(undated);
        Assert.All(undated, f => Assert.Contains("date", f.Notes, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void CommittedDataset_Proportions_StayPercent()
    {
        var shares = FigureFileReader.ReadFile(Paths.Dataset).Figures.Where(f => f.Quote.Contains("half", StringComparison.Ordinal) && f.Value == 50m);
        Assert.All(shares, f => Assert.Equal(Unit.Percent, f.Unit));
    }
}
