using System.Text.RegularExpressions;
using Figures.Core.Model;
using Figures.Core.Text;
using Figures.Core.Validation;
using Figures.Tests.Support;
using Figures.Core.Reading;

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

    private static IReadOnlyList<Figure> Dataset() => FigureFileReader.ReadFile(Paths.Dataset).Figures;

    [Fact]
    public void ReadFile_CommittedDataset_HasNoWarnings()
    {
        // One name per body: "UN", never also "United Nations"
        var set = FigureFileReader.ReadFile(Paths.Dataset);
        Assert.Empty(set.Warnings);
        Assert.DoesNotContain(set.Figures, f => f.AttributedTo == "United Nations");
    }

    [Fact]
    public void CommittedDataset_PlacesBeyondOneGovernorate_HaveNoAdmin1()
    {
        // "Idlib province and adjacent rural areas", "Idlib and surrounding areas", "the Idlib area",
        // "Hama and Idlib", "northwest Syria": none of them is Idleb governorate alone
        var words = new[] { "adjacent", "surrounding", "around", "area", "northwest", " and " };
        var figures = Dataset();
        var beyond = figures.Where(f => words.Any(w => f.Location.Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.Superset(new HashSet<string> { "IDL-0001", "IDL-0002", "IDL-0006", "IDL-0007", "IDL-0008", "IDL-0009", "IDL-0015", "IDL-0016" },
            beyond.Select(f => f.Id).ToHashSet());
        Assert.All(beyond, f => Assert.True(f.Admin1.Length == 0 && f.Admin1Pcode.Length == 0, $"{f.Id} ({f.Location}) has admin1 {f.Admin1}"));
    }

    [Fact]
    public void CommittedDataset_EveryProportion_GivesItsDerivedCountFromTheFigureItIsAShareOf()
    {
        // "Derived: about 1.5 million people, 50% of the some 3 million in IDL-0001."
        var figures = Dataset();
        var shares = figures.Where(f => f.Unit == Unit.Percent).ToList();
        Assert.NotEmpty(shares);
        Assert.All(shares, share =>
        {
            var derived = Regex.Match(share.Notes, @"Derived: ([^.]|\.[0-9])*IDL-[0-9]{4}([^.]|\.[0-9])*");
            Assert.True(derived.Success, $"{share.Id}: no 'Derived:' count in its notes");
            var of = figures.Single(f => f.Id == Regex.Match(derived.Value, "IDL-[0-9]{4}").Value);
            Assert.Equal(Unit.People, of.Unit);
            var count = share.Value / 100m * of.Value;
            Assert.True(NumberFinder.Find(derived.Value).Any(m => !m.IsPercent && m.Value == count),
                $"{share.Id}: '{derived.Value}' does not give {count}, {share.Value}% of {of.Id}'s {of.Value}");
        });
    }

    [Fact]
    public void CommittedDataset_DateWhoseYearTheQuoteDoesNotGive_IsMarkedDerivedFromThePublicationDate()
    {
        var figures = Dataset().Where(f => f.PeriodStart is not null || f.PeriodEnd is not null).ToList();
        Assert.All(figures, f =>
        {
            foreach (var date in (DateOnly?[])[f.PeriodStart, f.PeriodEnd])
            {
                if (date is not { } d || f.Quote.Contains(d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)) continue;
                Assert.True(Regex.IsMatch(f.Notes, @"Derived: [^.]*publication (date|year)"), $"{f.Id}: {d:yyyy-MM-dd} is not in its quote, and its notes do not mark it derived");
            }
        });
    }

    [Fact]
    public void CommittedDataset_UndatedArticles_NotesNameNoMonthSeasonOrYearTheArticleLacks()
    {
        // The text of article 002 gives a Wednesday after 17 May 2018, not "late summer 2018"
        var seeds = Paths.RequireSeeds();
        var undated = Dataset().Where(f => f.Published is null).ToList();
        Assert.NotEmpty(undated);
        var dateWords = new Regex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|(19|20)[0-9]{2})\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        Assert.All(undated, f =>
        {
            var article = File.ReadAllText(Path.Combine(seeds, f.SourceFile));
            foreach (Match word in dateWords.Matches(f.Notes))
                Assert.True(article.Contains(word.Value, StringComparison.OrdinalIgnoreCase), $"{f.Id}: notes say '{word.Value}', which {f.SourceFile} does not");
        });
    }

    [Fact]
    public void CommittedDataset_Notes_NameExactlyTheRowsInConflictsWith()
    {
        Assert.All(Dataset(), f =>
        {
            var at = f.Notes.IndexOf("Conflicts with", StringComparison.Ordinal);
            if (f.ConflictIds.Count == 0)
            {
                Assert.DoesNotContain("onflict", f.Notes, StringComparison.Ordinal);
                return;
            }
            Assert.True(at >= 0, $"{f.Id} names conflicts in conflicts_with but not in its notes");
            var named = Regex.Matches(f.Notes[at..], "IDL-[0-9]{4}").Select(m => m.Value).ToHashSet();
            Assert.True(named.SetEquals(f.ConflictIds), $"{f.Id}: notes name {string.Join(", ", named)}; conflicts_with {f.ConflictsWith}");
        });
    }

    [Theory]
    [InlineData("IDL-0002", "IDL-0012")] // about half displaced, against half are rebels
    [InlineData("IDL-0006", "IDL-0012")]
    [InlineData("IDL-0006", "IDL-0009")] // 50% against 1.8 million of 3 million, in one article
    [InlineData("IDL-0004", "IDL-0012")] // some 3 million civilians, against half are rebels
    [InlineData("IDL-0013", "IDL-0009")]
    public void CommittedDataset_KnownConflicts_AreRecordedBothWays(string one, string other)
    {
        var figures = Dataset().ToDictionary(f => f.Id);
        Assert.Contains(other, figures[one].ConflictIds);
        Assert.Contains(one, figures[other].ConflictIds);
    }
}
