using Figures.Core.Model;
using Figures.Tests.Support;
using Figures.Core.Reading;

namespace Figures.Tests.Core.Reading;

/// <summary>Reading big files: what is kept, in what order problems come, and what validate-only skips.</summary>
public sealed class ReadOptionsTests
{

    [Fact]
    public void Read_ValidateOnly_CountsEveryFigureAndKeepsNone()
    {
        var set = FigureFileReader.Read(new MemoryStream(SyntheticCsv.Bytes(6_000)), "f.csv", new FigureReadOptions { ValidateOnly = true });
        Assert.True(set.IsValid);
        Assert.Equal(6_000, set.ValidCount);
        Assert.Empty(set.Figures);
    }

    [Fact]
    public void Read_KeepFilter_KeepsOnlyMatchesInFileOrder()
    {
        // Given: more rows than one batch, so several batches are parsed in parallel
        var bytes = SyntheticCsv.Bytes(9_000);
        var all = FigureFileReader.Read(new MemoryStream(bytes), "f.csv").Figures;

        // When
        var kept = FigureFileReader.Read(new MemoryStream(bytes), "f.csv", new FigureReadOptions { Keep = f => f.Metric == Metric.Killed });

        // Then
        Assert.Equal(all.Where(f => f.Metric == Metric.Killed).Select(f => f.Id), kept.Figures.Select(f => f.Id));
        Assert.Equal(9_000, kept.ValidCount);
    }

    [Fact]
    public void Read_ProblemsAcrossManyBatches_AreReportedInLineOrder()
    {
        // Given: a bad metric every 997 rows across 10,000 rows
        var lines = System.Text.Encoding.UTF8.GetString(SyntheticCsv.Bytes(10_000)).Split('\n').ToList();
        for (var i = 1; i < lines.Count - 1; i += 997) lines[i] = lines[i].Replace(",displaced,", ",displacd,").Replace(",idps,", ",idp,").Replace(",population,", ",populaton,");
        var text = string.Join('\n', lines);

        // When
        var set = Csv.Read(text);

        // Then
        var reported = set.Problems.Select(p => p.Line).ToList();
        Assert.NotEmpty(reported);
        Assert.Equal(reported.Order(), reported);
    }

    [Fact]
    public void Read_BadBytesAfterManyBatches_ReportsEveryEarlierProblemFirst()
    {
        // Given: 10,000 rows, a bad metric on rows 2 and 5,000, then a byte that is not UTF-8 near the end
        var lines = System.Text.Encoding.UTF8.GetString(SyntheticCsv.Bytes(10_000)).Split('\n').ToList();
        foreach (var row in (int[])[2, 5_000]) lines[row] = lines[row].Replace(",displaced,", ",displacd,").Replace(",idps,", ",idp,").Replace(",population,", ",populaton,").Replace(",killed,", ",kiled,").Replace(",at_risk,", ",atrisk,").Replace(",localities_attacked,", ",localities,").Replace(",combatants,", ",combatant,");
        var text = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines));
        var cut = text.Length - 200;
        text[cut] = 0xFF;

        // When: the reading stops at the bad byte while earlier batches are still being checked
        var set = Csv.Read(text);

        // Then: both row problems, then the encoding problem, nothing lost and in line order
        Assert.Equal(3, set.Problems.Count);
        Assert.Equal([3, 5_001], set.Problems.Take(2).Select(p => p.Line));
        Assert.Contains("UTF-8", set.Problems[2].Message);
        Assert.True(set.Problems[2].Line > 9_000);
        Assert.Equal(set.Problems.Select(p => p.Line).Order(), set.Problems.Select(p => p.Line));
    }

    [Theory]
    [InlineData(16, 3)]
    [InlineData(10_000, 5_000)]
    public void Read_ExtraCheckThrows_SurfacesThatExceptionAndChecksNoRowTwice(int rows, int failingCall)
    {
        // Given: an extra check that fails on one call, in a one-batch and in a many-batch file
        var calls = 0;
        var options = new FigureReadOptions
        {
            CheckFigure = _ => ++calls == failingCall ? throw new IOException("the sources disk went away") : null,
        };

        // When
        var thrown = Assert.Throws<IOException>(() => FigureFileReader.Read(new MemoryStream(SyntheticCsv.Bytes(rows)), "f.csv", options));

        // Then: the check's own exception, and no row checked again after it
        Assert.Equal("the sources disk went away", thrown.Message);
        Assert.Equal(failingCall, calls);
    }

    [Fact]
    public void Read_ProgressCallback_ReachesTheFileSize()
    {
        var bytes = SyntheticCsv.Bytes(5_000);
        long last = 0;
        FigureFileReader.Read(new MemoryStream(bytes), "f.csv", new FigureReadOptions { Progress = read => last = read });
        Assert.Equal(bytes.Length, last);
    }

    [Fact]
    public void Read_WithoutFingerprint_LeavesItEmpty()
    {
        var set = FigureFileReader.Read(new MemoryStream(SyntheticCsv.Bytes(10)), "f.csv", new FigureReadOptions { Fingerprint = false });
        Assert.Equal("", set.Fingerprint);
        Assert.Equal(12, FigureFileReader.Read(new MemoryStream(SyntheticCsv.Bytes(10)), "f.csv").Fingerprint.Length);
    }
}
