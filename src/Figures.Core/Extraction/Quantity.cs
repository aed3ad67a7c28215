using Figures.Core.Model;

namespace Figures.Core.Extraction;

/// <summary>A number in a sentence that counts something a figure can count, with its qualifier and unit.</summary>
/// <param name="Value">The number, or the lower end of a range; a proportion is in percent.</param>
/// <param name="ValueMax">The upper end of a range, when the sentence gives one.</param>
/// <param name="Unit">What the number counts.</param>
/// <param name="Qualifier">How precisely the sentence states it.</param>
/// <param name="Start">Index of the number phrase in the sentence (after any qualifier).</param>
/// <param name="Length">Length of the number phrase, range included.</param>
/// <param name="Noun">The counted noun ("people", "families", "rebels"), or empty when the sentence names none.</param>
/// <param name="PhraseEnd">Index just past the counted noun, or past the number when there is none.</param>
public sealed record Quantity(decimal Value, decimal? ValueMax, Unit Unit, Qualifier Qualifier, int Start, int Length, string Noun, int PhraseEnd)
{
    /// <summary>Index just past the number phrase.</summary>
    public int End => Start + Length;
}
