using CsvHelper;
using Figures.Core.Model;
using Figures.Cli.Synthetic;
using Figures.Core.Export;
using Figures.Core.Reading;

namespace Figures.Tests.Core.Reading;

/// <summary>
/// Checking a valid row allocates nothing: on a million rows, 32 bytes a row is 32 MB of garbage
/// and thousands of fresh memory pages (a closure did exactly that once).
/// </summary>
public sealed class RowAllocationTests
{
    [Fact]
    public void AddChecked_ValidRows_AllocateNothingPerRow()
    {
        // Given: 5,000 synthetic rows (every unit, qualifier and quote shape the generator makes)
        using var file = new MemoryStream();
        FigureCsvWriter.Write(file, SyntheticFigures.Generate(5000, seed: 7));
        var bytes = file.ToArray().AsMemory();
        var options = FigureReadOptions.Default with { ValidateOnly = true };
        var checker = new RowChecker(options, FigureColumns.All.Count);
        var batch = new RowBatch();
        CheckAll(bytes, batch, checker); // grows the reusable buffers, compiles everything
        batch.Clear();
        using var csv = CsvReader.Create(bytes, FigureFileReader.CsvOptions(_ => { }));
        csv.Read(); // the header

        // When
        var before = GC.GetAllocatedBytesForCurrentThread();
        var rows = 0;
        while (csv.Read())
        {
            batch.AddChecked(csv, ++rows, skip: null, checker);
            if (batch.IsFull) batch.Clear();
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then: at most the reader's own bookkeeping, nothing that grows with the rows
        Assert.Equal(5000, rows);
        Assert.True(allocated < 4096, $"{allocated} bytes allocated checking {rows} valid rows");
    }

    private static void CheckAll(ReadOnlyMemory<byte> bytes, RowBatch batch, RowChecker checker)
    {
        using var csv = CsvReader.Create(bytes, FigureFileReader.CsvOptions(_ => { }));
        csv.Read();
        var line = 1;
        while (csv.Read())
        {
            batch.AddChecked(csv, ++line, skip: null, checker);
            Assert.True(batch.ResultAt(batch.Count - 1).Valid, $"synthetic row on line {line} is valid");
            if (batch.IsFull) batch.Clear();
        }
    }
}
