using Figures.Core.Model;
using Figures.Cli.Synthetic;
using Figures.Tests.Support;
using Figures.Core.Reading;

namespace Figures.Tests.Cli.Generate;

public sealed class SyntheticFiguresTests
{
    [Fact]
    public void Generate_SameSeed_GivesSameBytes()
    {
        // Given / When
        var first = SyntheticCsv.Bytes(SyntheticFigures.Generate(500, seed: 7));
        var second = SyntheticCsv.Bytes(SyntheticFigures.Generate(500, seed: 7));
        var other = SyntheticCsv.Bytes(SyntheticFigures.Generate(500, seed: 8));

        // Then
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Generate_ManyRows_EveryRowValidates()
    {
        // Given
        var bytes = SyntheticCsv.Bytes(SyntheticFigures.Generate(5_000));

        // When
        var set = FigureFileReader.Read(new MemoryStream(bytes), "synthetic.csv");

        // Then
        Assert.True(set.IsValid, string.Join("\n", set.Problems.Take(5)));
        Assert.Equal(5_000, set.ValidCount);
    }

    [Fact]
    public void Generate_ManyRows_HasTheMixAFileNeedsToBeRealistic()
    {
        var figures = SyntheticFigures.Generate(5_000).ToList();
        Assert.Equal(Enum.GetValues<Unit>().Length, figures.Select(f => f.Unit).Distinct().Count());
        Assert.Equal(Enum.GetValues<Qualifier>().Length, figures.Select(f => f.Qualifier).Distinct().Count());
        Assert.Contains(figures, f => f.ValueMax is not null);
        Assert.Contains(figures, f => f.ReferenceDate is null);
        Assert.Contains(figures, f => f.Url.Length == 0);
        Assert.Contains(figures, f => f.Notes.Length == 0);
        Assert.All(figures.Take(50), f => Assert.True(f.Quote.Contains('"') && f.Quote.Contains(','), f.Quote));
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(101)] // the last row's partner would be past the end: it names nobody
    public void Generate_ConflictPairs_NameEachOtherAndNoWarningIsRaised(int rows)
    {
        // Given
        var figures = SyntheticFigures.Generate(rows).ToList();
        var byId = figures.ToDictionary(f => f.Id);

        // Then: 2% of rows name a conflict, always both ways, and the file reads clean, without warnings
        var naming = figures.Where(f => f.ConflictsWith.Length > 0).ToList();
        Assert.InRange(naming.Count, rows / 50 - 1, rows / 50 + 1);
        Assert.All(naming, f => Assert.Contains(f.Id, byId[f.ConflictsWith].ConflictIds));
        var set = FigureFileReader.Read(new MemoryStream(SyntheticCsv.Bytes(figures)), "synthetic.csv");
        Assert.True(set.IsValid, string.Join("\n", set.Problems.Take(5)));
        Assert.Empty(set.Warnings);
    }

}
