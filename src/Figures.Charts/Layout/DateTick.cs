namespace Figures.Charts;

/// <summary>One tick of a date axis: its date, its label and, where the year changes, the year below it.</summary>
public sealed record DateTick(DateOnly Date, string Label, string? YearLabel);
