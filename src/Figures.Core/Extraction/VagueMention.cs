namespace Figures.Core.Extraction;

/// <summary>A vague amount ("tens of thousands") and the sentence it stands in.</summary>
/// <param name="Phrase">The vague words, verbatim.</param>
/// <param name="Sentence">The sentence, verbatim.</param>
public sealed record VagueMention(string Phrase, string Sentence);
