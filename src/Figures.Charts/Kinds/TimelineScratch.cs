namespace Figures.Charts;

/// <summary>
/// Buffers a timeline layout reuses across its passes and panels: a dense chart allocates its large
/// lists once instead of once per pass, which keeps them off the large object heap's collection budget.
/// </summary>
internal sealed class TimelineScratch
{
    /// <summary>The marks of the panel being drawn, in drawing order.</summary>
    public List<TimelineMark> Marks { get; } = [];

    /// <summary>The cells already holding a mark (see <c>TimelineChart.CellKey</c>).</summary>
    public HashSet<long> Seen { get; } = [];
}
