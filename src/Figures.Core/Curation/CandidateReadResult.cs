using Figures.Core.Diagnostics;

namespace Figures.Core.Curation;

/// <summary>What reading a candidates file gave: its rows, every problem, and the columns of its own that are not added.</summary>
public sealed record CandidateReadResult(string File, IReadOnlyList<CandidateRow> Rows, IReadOnlyList<Diagnostic> Problems, IReadOnlyList<string> IgnoredColumns);
