using Figures.Core.Diagnostics;

namespace Figures.Core.Curation;

/// <summary>
/// What adding reviewed candidates to a dataset comes to: the figures it adds and the dataset's new
/// bytes, or the problems that stop it (then nothing is to be written).
/// </summary>
public sealed record AdditionPlan
{
    /// <summary>The figures added, in candidates order, with their new ids.</summary>
    public IReadOnlyList<AddedFigure> Added { get; init; } = [];

    /// <summary>The dataset with the new rows appended: its own bytes unchanged, then the new rows. Empty when there are problems.</summary>
    public ReadOnlyMemory<byte> NewDataset { get; init; }

    /// <summary>Every problem, in the candidates file (or in the dataset, when it was invalid before), in line and column order.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];

    /// <summary>Whether the dataset itself was invalid before anything was added.</summary>
    public bool DatasetInvalid { get; init; }

    /// <summary>Whether the candidates can be added.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The exit code: 0, 1 for invalid rows, 2 for unreadable input.</summary>
    public Severity? Severity => DiagnosticList.MostSevere(Problems);
}
