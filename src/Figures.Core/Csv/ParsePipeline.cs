namespace Figures.Core.Csv;

/// <summary>
/// Keeps the reading thread reading. It fills batches; each full batch is parsed on the thread
/// pool, and then collected (the file-wide work: unique ids, locating problems, keeping figures)
/// strictly in file order, also off the reading thread, so messages keep their order. At most two
/// batches per core are in flight, which bounds memory; collected batches are reused.
/// </summary>
internal sealed class ParsePipeline(Action<RowBatch> parse, Action<RowBatch> collect)
{
    private readonly Queue<Task> _inFlight = new();
    private readonly int _maxInFlight = 2 * Environment.ProcessorCount;
    private readonly Stack<RowBatch> _free = new();
    private Task _collected = Task.CompletedTask;

    /// <summary>The batch being filled.</summary>
    public RowBatch Current { get; private set; } = new();

    /// <summary>Sends the current batch on when it is full.</summary>
    public void SubmitIfFull()
    {
        if (Current.IsFull) Submit();
    }

    /// <summary>Sends what is left and waits until every batch is collected.</summary>
    public void Drain()
    {
        // A file that fits in one batch (every curated dataset) is handled right here: starting
        // thread-pool workers would cost a short command more than it saves.
        if (_inFlight.Count == 0 && Current.Count > 0)
        {
            parse(Current);
            collect(Current);
            Current.Clear();
            return;
        }
        Submit();
        while (_inFlight.Count > 0) _inFlight.Dequeue().GetAwaiter().GetResult();
    }

    private void Submit()
    {
        if (Current.Count == 0) return;
        var batch = Current;
        var parsing = Task.Run(() => parse(batch));
        _collected = CollectInOrder(_collected, parsing, batch);
        _inFlight.Enqueue(_collected);
        lock (_free) Current = _free.Count > 0 ? _free.Pop() : new RowBatch();
        // Wait for the oldest batch before reading far ahead; its failure surfaces here.
        while (_inFlight.Count > _maxInFlight) _inFlight.Dequeue().GetAwaiter().GetResult();
    }

    // Collects a batch once it is parsed and every batch before it is collected.
    private async Task CollectInOrder(Task previous, Task parsing, RowBatch batch)
    {
        await previous.ConfigureAwait(false);
        await parsing.ConfigureAwait(false);
        collect(batch);
        batch.Clear();
        lock (_free) _free.Push(batch);
    }
}
