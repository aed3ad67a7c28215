using Figures.Core.Model;

namespace Figures.Reports.Model;

/// <summary>The figure to quote for one metric and unit, with the spread of what all sources say.</summary>
/// <param name="Headline">The figure to quote: the most recent dated one, attributed sources first.</param>
/// <param name="All">Every figure of this metric and unit in the brief.</param>
/// <param name="SourceNumbers">The source numbers of <paramref name="All"/>, for footnote marks.</param>
/// <param name="Derived">A value worked out from other figures, when one helps read the headline.</param>
public sealed record KeyFigure(Figure Headline, IReadOnlyList<Figure> All, IReadOnlyList<int> SourceNumbers, DerivedValue? Derived)
{
    /// <summary>The metric.</summary>
    public Metric Metric => Headline.Metric;
    /// <summary>The unit.</summary>
    public Unit Unit => Headline.Unit;
    /// <summary>Smallest value reported.</summary>
    public decimal Min => All.Min(f => f.Value);
    /// <summary>Largest value reported (upper bounds of ranges included).</summary>
    public decimal Max => All.Max(f => f.ValueMax ?? f.Value);
    /// <summary>Distinct articles reporting this metric and unit.</summary>
    public int SourceCount => SourceNumbers.Distinct().Count();
}
