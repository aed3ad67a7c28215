namespace Figures.Core.Diagnostics;

/// <summary>Helpers over a list of diagnostics.</summary>
public static class DiagnosticList
{
    /// <summary>The severity of the most severe problem, or null when there is none.</summary>
    public static Severity? MostSevere(IReadOnlyCollection<Diagnostic> problems) =>
        problems.Count == 0 ? null : problems.Max(p => p.Severity);
}
