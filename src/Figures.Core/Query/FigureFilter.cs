using Figures.Core.Model;

namespace Figures.Core.Query;

/// <summary>
/// Which figures a command works on. Empty criteria match everything. Dates select figures whose
/// period overlaps [From, To]; an undated figure never matches a date criterion.
/// </summary>
public sealed record FigureFilter
{
    /// <summary>Matches every figure.</summary>
    public static FigureFilter All { get; } = new();

    /// <summary>Metrics to keep; empty keeps all.</summary>
    public IReadOnlyCollection<Metric> Metrics { get; init; } = [];
    /// <summary>Admin1 name or p-code (case-insensitive).</summary>
    public string? Admin1 { get; init; }
    /// <summary>ISO3 country code (case-insensitive).</summary>
    public string? Country { get; init; }
    /// <summary>Earliest date a figure's period may reach.</summary>
    public DateOnly? From { get; init; }
    /// <summary>Latest date a figure's period may start.</summary>
    public DateOnly? To { get; init; }
    /// <summary>Publisher (case-insensitive, whole name).</summary>
    public string? Publisher { get; init; }
    /// <summary>Qualifier to keep.</summary>
    public Qualifier? Qualifier { get; init; }

    /// <summary>Whether a figure meets every criterion.</summary>
    public bool Matches(Figure figure) =>
        Matches(new FigureFacets(figure.Metric, figure.Qualifier, figure.Admin1, figure.Admin1Pcode, figure.CountryIso3, figure.Publisher, figure.PeriodStart, figure.PeriodEnd));

    /// <summary>Whether a figure with these facets meets every criterion (every criterion is a facet).</summary>
    public bool Matches(FigureFacets figure)
    {
        if (Metrics.Count > 0 && !Metrics.Contains(figure.Metric)) return false;
        if (Admin1 is { Length: > 0 } admin1
            && !figure.Admin1.Equals(admin1, StringComparison.OrdinalIgnoreCase)
            && !figure.Admin1Pcode.Equals(admin1, StringComparison.OrdinalIgnoreCase)) return false;
        if (Country is { Length: > 0 } country && !figure.CountryIso3.Equals(country, StringComparison.OrdinalIgnoreCase)) return false;
        if (Publisher is { Length: > 0 } publisher && !figure.Publisher.Equals(publisher, StringComparison.OrdinalIgnoreCase)) return false;
        if (Qualifier is { } qualifier && figure.Qualifier != qualifier) return false;
        if (From is null && To is null) return true;
        var start = figure.PeriodStart ?? figure.PeriodEnd;
        var end = figure.PeriodEnd ?? figure.PeriodStart;
        if (start is null || end is null) return false;
        return (From is null || end >= From) && (To is null || start <= To);
    }

    /// <summary>The figures that match, in their original order.</summary>
    public IReadOnlyList<Figure> Apply(IReadOnlyList<Figure> figures) => figures.Where(Matches).ToList();
}
