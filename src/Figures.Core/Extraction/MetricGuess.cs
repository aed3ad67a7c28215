using Figures.Core.Model;

namespace Figures.Core.Extraction;

/// <summary>The metric guessed for a quantity and the words of the sentence that suggested it.</summary>
/// <param name="Metric">The guessed metric.</param>
/// <param name="Cue">The words that suggested it ("displacement", "live in", "risks forcing").</param>
public sealed record MetricGuess(Metric Metric, string Cue);
