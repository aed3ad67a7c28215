namespace Figures.Core.Csv;

/// <summary>
/// Overlaps reading and parsing: the reading thread fills batches, each full batch is parsed on the
/// thread pool, and finished batches are handed back to the reading thread strictly in file order,
/// so messages keep their order. At most two batches per core wait, which bounds memory.
/// </summary>
internal sealed class ParsePipeline(Action<RowBatch> parse, Action<RowBatch> consume)
{
    private readonly Queue<(RowBatch Batch, Task Parsing)> _pending = new();
    private readonly int _maxPending = 2 * Environment.ProcessorCount;
    private readonly Stack<RowBatch> _free = new();

    /// <summary>The batch being filled.</summary>
    public RowBatch Current { get; private set; } = new();

    /// <summary>Sends the current batch to be parsed when it is full.</summary>
    public void SubmitIfFull()
    {
        if (Current.IsFull) Submit();
    }

    /// <summary>Sends what is left and hands every batch back, in order.</summary>
    public void Drain()
    {
        // A file that fits in one batch (every curated dataset) is parsed right here: starting
        // thread-pool workers would cost a short command more than it saves.
        if (_pending.Count == 0 && Current.Count > 0)
        {
            parse(Current);
            consume(Current);
            Current.Clear();
            return;
        }
        Submit();
        while (_pending.Count > 0) Take();
    }

    private void Submit()
    {
        if (Current.Count == 0) return;
        var full = Current;
        _pending.Enqueue((full, Task.Run(() => parse(full))));
        Current = _free.Count > 0 ? _free.Pop() : new RowBatch();
        while (_pending.Count > _maxPending) Take();
    }

    private void Take()
    {
        var (batch, parsing) = _pending.Dequeue();
        parsing.GetAwaiter().GetResult();
        consume(batch);
        batch.Clear();
        _free.Push(batch);
    }
}
