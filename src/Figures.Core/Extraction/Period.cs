namespace Figures.Core.Extraction;

/// <summary>The dates a sentence gives a figure, and the words they were worked out from.</summary>
/// <param name="Start">First day of a flow, when stated.</param>
/// <param name="End">Last day of a flow, or the as-of date of a stock.</param>
/// <param name="Evidence">The words the dates come from ("Between 1-12 September", "now"), or empty.</param>
public sealed record Period(DateOnly? Start, DateOnly? End, string Evidence)
{
    /// <summary>No dates.</summary>
    public static Period None { get; } = new(null, null, "");
}
