using Figures.Core.Model;

namespace Figures.Core.Query;

/// <summary>
/// The fields a figure is selected by (metric, qualifier, place, country, publisher and period),
/// without its free text. A reader decides whether to keep a row from these alone, straight from
/// the row's text: nothing is allocated for a row that is not kept.
/// </summary>
public readonly ref struct FigureFacets(
    Metric metric,
    Qualifier qualifier,
    ReadOnlySpan<char> admin1,
    ReadOnlySpan<char> admin1Pcode,
    ReadOnlySpan<char> countryIso3,
    ReadOnlySpan<char> publisher,
    DateOnly? periodStart,
    DateOnly? periodEnd)
{
    /// <summary>What the figure counts.</summary>
    public Metric Metric { get; } = metric;
    /// <summary>How precisely the source states the number.</summary>
    public Qualifier Qualifier { get; } = qualifier;
    /// <summary>First-level administrative area.</summary>
    public ReadOnlySpan<char> Admin1 { get; } = admin1;
    /// <summary>P-code of <see cref="Admin1"/>.</summary>
    public ReadOnlySpan<char> Admin1Pcode { get; } = admin1Pcode;
    /// <summary>ISO 3166-1 alpha-3 code.</summary>
    public ReadOnlySpan<char> CountryIso3 { get; } = countryIso3;
    /// <summary>The publishing outlet.</summary>
    public ReadOnlySpan<char> Publisher { get; } = publisher;
    /// <summary>Start of the period a flow covers.</summary>
    public DateOnly? PeriodStart { get; } = periodStart;
    /// <summary>End of the period, or the as-of date of a stock.</summary>
    public DateOnly? PeriodEnd { get; } = periodEnd;
}
