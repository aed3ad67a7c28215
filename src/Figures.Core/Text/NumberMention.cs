namespace Figures.Core.Text;

/// <summary>A number stated in running text: its value, whether it is a proportion, and where it stands.</summary>
/// <param name="Value">The value; a proportion is in percent (half = 50).</param>
/// <param name="IsPercent">Whether the text states a proportion ("half", "76%").</param>
/// <param name="Start">Index of the first character of the phrase.</param>
/// <param name="Length">Length of the phrase in characters.</param>
public sealed record NumberMention(decimal Value, bool IsPercent, int Start, int Length);
