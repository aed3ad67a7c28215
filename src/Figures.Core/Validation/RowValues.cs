using Figures.Core.Model;

namespace Figures.Core.Validation;

/// <summary>The typed fields of a row that passed every check, carried from the check to building the figure.</summary>
internal readonly record struct RowValues(
    Metric Metric,
    Unit Unit,
    Qualifier Qualifier,
    decimal Value,
    decimal? ValueMax,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    DateOnly? Published);
