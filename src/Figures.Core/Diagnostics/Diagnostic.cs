namespace Figures.Core.Diagnostics;

/// <summary>
/// One problem found in an input file, located for a human: <c>FILE:LINE:COLUMN: message</c>.
/// Line and column are 1-based; column counts characters, not bytes. A diagnostic whose severity is
/// <see cref="Severity.Warning"/> is worth fixing, but the file stays valid.
/// </summary>
public sealed record Diagnostic(string File, int Line, int Column, string Message, Severity Severity = Severity.Invalid)
{
    /// <summary>A warning: printed as <c>FILE:LINE:COLUMN: warning: message</c>, and no reason to fail.</summary>
    public static Diagnostic Warning(string file, int line, int column, string message) => new(file, line, column, message, Severity.Warning);

    /// <summary>Whether this is a warning rather than a problem.</summary>
    public bool IsWarning => Severity == Severity.Warning;

    /// <inheritdoc />
    public override string ToString() => IsWarning ? $"{File}:{Line}:{Column}: warning: {Message}" : $"{File}:{Line}:{Column}: {Message}";
}
