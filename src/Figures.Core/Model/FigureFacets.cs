namespace Figures.Core.Model;

/// <summary>
/// The fields a figure is selected by (metric, qualifier, place, country, publisher and period),
/// without its free text. A reader can decide whether to keep a row from these alone, before it
/// turns the row's quote, title and address into strings.
/// </summary>
public readonly record struct FigureFacets(
    Metric Metric,
    Qualifier Qualifier,
    string Admin1,
    string Admin1Pcode,
    string CountryIso3,
    string Publisher,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd);
