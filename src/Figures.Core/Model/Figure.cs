namespace Figures.Core.Model;

/// <summary>
/// One quantitative figure as one source reports it: the number, how it is qualified,
/// where and when it applies, who produced it, and the exact words that state it.
/// </summary>
public sealed record Figure
{
    /// <summary>Stable unique id, never reused (e.g. IDL-0001).</summary>
    public required string Id { get; init; }
    /// <summary>What the figure counts.</summary>
    public required Metric Metric { get; init; }
    /// <summary>The number (a percent stays a percent).</summary>
    public required decimal Value { get; init; }
    /// <summary>Upper bound when the source gives a range.</summary>
    public decimal? ValueMax { get; init; }
    /// <summary>What one unit of <see cref="Value"/> is.</summary>
    public required Unit Unit { get; init; }
    /// <summary>How precisely the source states the number.</summary>
    public required Qualifier Qualifier { get; init; }
    /// <summary>The place as the source words it.</summary>
    public string Location { get; init; } = "";
    /// <summary>Normalised first-level administrative area, e.g. Idlib.</summary>
    public string Admin1 { get; init; } = "";
    /// <summary>OCHA p-code of <see cref="Admin1"/>, e.g. SY07.</summary>
    public string Admin1Pcode { get; init; } = "";
    /// <summary>ISO 3166-1 alpha-3 code, e.g. SYR.</summary>
    public string CountryIso3 { get; init; } = "";
    /// <summary>Start of the period a flow covers.</summary>
    public DateOnly? PeriodStart { get; init; }
    /// <summary>End of the period, or the as-of date of a stock.</summary>
    public DateOnly? PeriodEnd { get; init; }
    /// <summary>Who the source says produced the figure, or "unattributed".</summary>
    public string AttributedTo { get; init; } = "";
    /// <summary>The publishing outlet, empty when the article does not state it.</summary>
    public string Publisher { get; init; } = "";
    /// <summary>The article's headline.</summary>
    public string Title { get; init; } = "";
    /// <summary>The article's publication date, when stated.</summary>
    public DateOnly? Published { get; init; }
    /// <summary>The article's address, when known.</summary>
    public string Url { get; init; } = "";
    /// <summary>The archived article's file name.</summary>
    public string SourceFile { get; init; } = "";
    /// <summary>The verbatim words of the article that state the figure.</summary>
    public required string Quote { get; init; }
    /// <summary>Curation notes: how a date was worked out, what the figure conflicts with.</summary>
    public string Notes { get; init; } = "";
    /// <summary>
    /// The ids of the figures this one conflicts with, separated by ';' as in figures.csv (empty when
    /// none). The relation runs both ways: each of them names this figure too.
    /// </summary>
    public string ConflictsWith { get; init; } = "";

    /// <summary>The ids in <see cref="ConflictsWith"/>, in the order written.</summary>
    public IReadOnlyList<string> ConflictIds => ConflictsWith.Length == 0 ? [] : ConflictsWith.Split(';');

    /// <summary>The date a figure is placed at on a time line: its period end, else its period start.</summary>
    public DateOnly? ReferenceDate => PeriodEnd ?? PeriodStart;

    /// <summary>Whether the source gave a range (value to value_max).</summary>
    public bool IsRange => ValueMax is not null;
}
