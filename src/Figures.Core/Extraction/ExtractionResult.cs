using Figures.Core.Model;

namespace Figures.Core.Extraction;

/// <summary>What extraction proposes for one article, and what it saw but did not propose.</summary>
public sealed record ExtractionResult
{
    /// <summary>Candidate rows in figures.csv form, with empty ids for the curator to assign.</summary>
    public required IReadOnlyList<Figure> Candidates { get; init; }
    /// <summary>Vague amounts: reported, never rows.</summary>
    public required IReadOnlyList<VagueMention> VagueMentions { get; init; }
    /// <summary>Sentences that hold a number but gave no candidate (dates, durations, counts of other things).</summary>
    public required IReadOnlyList<string> SkippedSentences { get; init; }
    /// <summary>Distinct sentences read.</summary>
    public int SentenceCount { get; init; }
    /// <summary>The title the candidates carry.</summary>
    public string Title { get; init; } = "";
    /// <summary>The publication date the periods were resolved against, when known.</summary>
    public DateOnly? Published { get; init; }
}
