namespace Figures.Core.Diagnostics;

/// <summary>Helpers over a list of diagnostics.</summary>
public static class DiagnosticList
{
    /// <summary>The exit code a list of problems maps to: the most severe one, or OK when empty.</summary>
    public static ExitCode ExitCodeOf(IReadOnlyCollection<Diagnostic> problems) =>
        problems.Count == 0 ? ExitCode.Ok : problems.Max(p => p.Severity);
}
