using System.Runtime.ExceptionServices;

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

    /// <summary>
    /// Sends what is left and waits until every batch is collected. Safe to call again, for instance
    /// after the reading failed: a batch is never parsed or collected twice.
    /// </summary>
    public void Drain()
    {
        // A file that fits in one batch (every curated dataset) is handled right here: starting
        // thread-pool workers would cost a short command more than it saves.
        if (_inFlight.Count == 0 && Current.Count > 0)
        {
            var batch = TakeCurrent();
            Step(parse, batch);
            Step(collect, batch);
            Recycle(batch);
            return;
        }
        Submit();
        while (_inFlight.Count > 0) Wait(_inFlight.Dequeue());
    }

    private void Submit()
    {
        if (Current.Count == 0) return;
        var batch = TakeCurrent();
        var parsing = Task.Run(() => Step(parse, batch));
        _collected = CollectInOrder(_collected, parsing, batch);
        _inFlight.Enqueue(_collected);
        // Wait for the oldest batch before reading far ahead; its failure surfaces here.
        while (_inFlight.Count > _maxInFlight) Wait(_inFlight.Dequeue());
    }

    private RowBatch TakeCurrent()
    {
        var batch = Current;
        lock (_free) Current = _free.Count > 0 ? _free.Pop() : new RowBatch();
        return batch;
    }

    // Collects a batch once it is parsed and every batch before it is collected.
    private async Task CollectInOrder(Task previous, Task parsing, RowBatch batch)
    {
        await previous.ConfigureAwait(false);
        await parsing.ConfigureAwait(false);
        Step(collect, batch);
        Recycle(batch);
    }

    private void Recycle(RowBatch batch)
    {
        batch.Clear();
        lock (_free) _free.Push(batch);
    }

    // A failure while parsing or collecting is not a problem of the input being read: it is
    // carried out as a PipelineFailure, so the reader's handlers for input errors never see it.
    private static void Step(Action<RowBatch> step, RowBatch batch)
    {
        try
        {
            step(batch);
        }
        catch (Exception e) when (e is not PipelineFailure)
        {
            throw new PipelineFailure(ExceptionDispatchInfo.Capture(e));
        }
    }

    private static void Wait(Task task) => task.GetAwaiter().GetResult();
}

/// <summary>A failure inside <see cref="ParsePipeline"/>'s parse or collect step, with the original exception.</summary>
internal sealed class PipelineFailure(ExceptionDispatchInfo original) : Exception(original.SourceException.Message, original.SourceException)
{
    /// <summary>Rethrows the original exception with its stack trace.</summary>
    public void Rethrow() => original.Throw();
}
