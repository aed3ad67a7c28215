namespace Figures.Charts;

/// <summary>The calendar unit a date axis is ticked in, chosen by the span it covers.</summary>
public enum DateTickUnit
{
    /// <summary>Days (or weeks) for spans of weeks.</summary>
    Day,
    /// <summary>Months for spans of about a year.</summary>
    Month,
    /// <summary>Quarters (or half-years) for spans of a few years.</summary>
    Quarter,
    /// <summary>Years (every 1, 2, 5, 10... years) for long spans.</summary>
    Year,
}
