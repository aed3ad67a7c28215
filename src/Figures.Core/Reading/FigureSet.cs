using Figures.Core.Diagnostics;
using Figures.Core.Model;

namespace Figures.Core.Reading;

/// <summary>What reading a figures file gives: the valid figures, where each came from, and every problem.</summary>
public sealed record FigureSet
{
    /// <summary>The path as the user gave it, used in messages.</summary>
    public required string File { get; init; }
    /// <summary>The figures of the rows that are valid, in file order.</summary>
    public required IReadOnlyList<Figure> Figures { get; init; }
    /// <summary>The 1-based line where each figure's row starts, parallel to <see cref="Figures"/>.</summary>
    public required IReadOnlyList<int> Lines { get; init; }
    /// <summary>The problems found, in file order: every one, or the first <see cref="ProblemList.PerKind"/> of each kind.</summary>
    public required IReadOnlyList<Diagnostic> Problems { get; init; }
    /// <summary>
    /// Warnings, in file order: things worth a look that do not make the file invalid (two spellings
    /// of one body in attributed_to). Not in <see cref="Problems"/>, so they change no exit code.
    /// </summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];
    /// <summary>Number of valid rows, kept or not (see <see cref="FigureReadOptions.Keep"/>).</summary>
    public int ValidCount { get; init; }
    /// <summary>Number of data rows read, valid or not.</summary>
    public int RowCount { get; init; }
    /// <summary>A short fingerprint of the file's bytes (first 12 hex digits of SHA-256).</summary>
    public string Fingerprint { get; init; } = "";

    /// <summary>Whether the file read cleanly.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>How many problems the file has: exact, also when only the first of each kind are kept in <see cref="Problems"/>.</summary>
    public long ProblemCount => Problems is ProblemList list ? list.Total : Problems.Count;

    /// <summary>Kinds of problem with more than were kept: the first of each, and how many more there are.</summary>
    public IEnumerable<(Diagnostic First, long Omitted)> Omitted => Problems is ProblemList list ? list.Omitted : [];

    /// <summary>The severity of the most severe problem (of every one, kept or not); null when the file read cleanly.</summary>
    public Severity? Severity => Problems is ProblemList list ? list.Severity : DiagnosticList.MostSevere(Problems);
}
