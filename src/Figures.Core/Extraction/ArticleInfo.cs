namespace Figures.Core.Extraction;

/// <summary>
/// What the curator says about an article on the command line. A null title or date is read from the
/// article's first lines instead.
/// </summary>
public sealed record ArticleInfo
{
    /// <summary>The archived article's file name (the source_file column).</summary>
    public string SourceFile { get; init; } = "";
    /// <summary>The publishing outlet, empty when unknown.</summary>
    public string Publisher { get; init; } = "";
    /// <summary>The headline; null to take the article's first line.</summary>
    public string? Title { get; init; }
    /// <summary>The publication date; null to take a date line from the article's head.</summary>
    public DateOnly? Published { get; init; }
    /// <summary>The article's address, empty when unknown.</summary>
    public string Url { get; init; } = "";
}
