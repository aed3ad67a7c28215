using Figures.Core.Model;

namespace Figures.Reports.Model;

/// <summary>
/// A value Figures worked out from reported figures (a share of a count, a count from a share).
/// Never presented as reported: the brief always marks it "derived" and says how.
/// </summary>
public sealed record DerivedValue(decimal Value, Unit Unit, Qualifier Qualifier, string How, IReadOnlyList<Figure> From);
