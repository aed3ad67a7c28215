namespace Figures.Charts;

/// <summary>
/// A note under the chart: a lead ("Not placed on the time axis (date not stated):") and the entries
/// it lists, which are summarised as "and N more" when they do not fit.
/// </summary>
internal sealed record Footnote(string Lead, IReadOnlyList<string> Entries)
{
    /// <summary>Exactly this many lines are kept for the note (set when a second layout pass must not move the plot).</summary>
    public int? ReservedLines { get; init; }

    /// <summary>A plain sentence.</summary>
    public static Footnote Plain(string text) => new(text, []);
}
