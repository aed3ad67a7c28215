namespace Figures.Core.Diagnostics;

/// <summary>
/// One problem found in an input file, located for a human: <c>FILE:LINE:COLUMN: message</c>.
/// Line and column are 1-based; column counts characters, not bytes.
/// </summary>
public sealed record Diagnostic(string File, int Line, int Column, string Message, ExitCode Severity = ExitCode.InvalidData)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
