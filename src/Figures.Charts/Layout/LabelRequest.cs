namespace Figures.Charts;

/// <summary>A value label wanted next to a mark.</summary>
internal sealed record LabelRequest(string Text, Box Mark, double Size);
