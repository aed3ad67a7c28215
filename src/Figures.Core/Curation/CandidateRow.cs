namespace Figures.Core.Curation;

/// <summary>
/// One reviewed candidate row: its fields in figures.csv column order (empty where the candidates
/// file has no such column), where it stands in the candidates file, and where each field starts there.
/// </summary>
public sealed record CandidateRow
{
    /// <summary>The line the record starts on in the candidates file.</summary>
    public required int Line { get; init; }

    /// <summary>The fields, indexed by <see cref="Model.FigureColumns"/>.</summary>
    public required IReadOnlyList<string> Fields { get; init; }

    /// <summary>For each figures.csv column, the line and column where its field starts in the candidates file.</summary>
    public required IReadOnlyList<(int Line, int Column)> FieldStarts { get; init; }
}
