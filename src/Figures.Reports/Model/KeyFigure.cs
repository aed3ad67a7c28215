using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Reports.Model;

/// <summary>The figure to quote for one measure (metric and unit), with the spread of what all sources say.</summary>
/// <param name="Headline">The figure to quote, chosen by <see cref="Attribution.CompareStanding"/> among the undisputed.</param>
/// <param name="All">Every figure of this measure in the brief, disputed ones included.</param>
/// <param name="SourceNumbers">The source numbers of <paramref name="All"/>, for footnote marks.</param>
/// <param name="Derived">A value worked out from other figures, when one helps read the headline.</param>
public sealed record KeyFigure(Figure Headline, IReadOnlyList<Figure> All, IReadOnlyList<int> SourceNumbers, DerivedValue? Derived)
{
    /// <summary>The metric.</summary>
    public Metric Metric => Headline.Metric;
    /// <summary>The unit.</summary>
    public Unit Unit => Headline.Unit;
    /// <summary>The figure with the lowest value reported.</summary>
    public Figure Lowest => All.MinBy(f => f.Value)!;
    /// <summary>The figure with the highest value reported (upper bounds of ranges included).</summary>
    public Figure Highest => All.MaxBy(f => f.ValueMax ?? f.Value)!;
    /// <summary>Distinct articles reporting this measure.</summary>
    public int SourceCount => SourceNumbers.Distinct().Count();

    /// <summary>
    /// What all sources give, each end with its own qualifier: "more than 38,500 to about 1 million"; when every
    /// figure gives the same number, each distinct wording of it: "about 3 million and 3 million".
    /// </summary>
    public string Spread() => Spread(Words.English);

    /// <summary>What all sources give, in a language.</summary>
    public string Spread(Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var low = Lowest;
        var high = Highest;
        if ((low.ValueMax ?? low.Value) != (high.ValueMax ?? high.Value) || low.Value != high.Value)
            return NumberWording.Span(low, high, words);
        return words.List(All.Select(f => NumberWording.Value(f, words)).Distinct(StringComparer.Ordinal).ToList());
    }
}
