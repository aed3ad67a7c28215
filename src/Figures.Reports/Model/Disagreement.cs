using Figures.Core.Model;

namespace Figures.Reports.Model;

/// <summary>Figures for the same thing, area and time that do not agree, to be shown side by side.</summary>
/// <param name="Topic">What the figures measure ("People at risk of displacement").</param>
/// <param name="Figures">The reported figures, in value order.</param>
/// <param name="Derived">Values worked out from other figures that take part in the disagreement.</param>
/// <param name="Note">One sentence on why they cannot all be quoted as one number.</param>
public sealed record Disagreement(string Topic, IReadOnlyList<Figure> Figures, IReadOnlyList<DerivedValue> Derived, string Note);
