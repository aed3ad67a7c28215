namespace Figures.Core.Model;

/// <summary>
/// The figures.csv header: exact names, in this order. The last column, conflicts_with, came later:
/// a file whose header stops before it (<see cref="Legacy"/>) is still read, as having no conflicts.
/// </summary>
public static class FigureColumns
{
    /// <summary>The header of every figures file Figures writes.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "id", "metric", "value", "value_max", "unit", "qualifier", "location",
        "admin1", "admin1_pcode", "country_iso3", "period_start", "period_end",
        "attributed_to", "publisher", "title", "published", "url", "source_file",
        "quote", "notes", "conflicts_with",
    ];

    /// <summary>The header before conflicts_with was added: every column but the last, still accepted when reading.</summary>
    public static IReadOnlyList<string> Legacy { get; } = [.. All.Take(All.Count - 1)];

    /// <summary>Index of the id column.</summary>
    public const int Id = 0;
    /// <summary>Index of the metric column.</summary>
    public const int Metric = 1;
    /// <summary>Index of the value column.</summary>
    public const int Value = 2;
    /// <summary>Index of the value_max column.</summary>
    public const int ValueMax = 3;
    /// <summary>Index of the unit column.</summary>
    public const int Unit = 4;
    /// <summary>Index of the qualifier column.</summary>
    public const int Qualifier = 5;
    /// <summary>Index of the location column.</summary>
    public const int Location = 6;
    /// <summary>Index of the admin1 column.</summary>
    public const int Admin1 = 7;
    /// <summary>Index of the admin1_pcode column.</summary>
    public const int Admin1Pcode = 8;
    /// <summary>Index of the country_iso3 column.</summary>
    public const int CountryIso3 = 9;
    /// <summary>Index of the period_start column.</summary>
    public const int PeriodStart = 10;
    /// <summary>Index of the period_end column.</summary>
    public const int PeriodEnd = 11;
    /// <summary>Index of the attributed_to column.</summary>
    public const int AttributedTo = 12;
    /// <summary>Index of the publisher column.</summary>
    public const int Publisher = 13;
    /// <summary>Index of the title column.</summary>
    public const int Title = 14;
    /// <summary>Index of the published column.</summary>
    public const int Published = 15;
    /// <summary>Index of the url column.</summary>
    public const int Url = 16;
    /// <summary>Index of the source_file column.</summary>
    public const int SourceFile = 17;
    /// <summary>Index of the quote column.</summary>
    public const int Quote = 18;
    /// <summary>Index of the notes column.</summary>
    public const int Notes = 19;
    /// <summary>Index of the conflicts_with column: the ids of the figures this one conflicts with, separated by ';'.</summary>
    public const int ConflictsWith = 20;
}
