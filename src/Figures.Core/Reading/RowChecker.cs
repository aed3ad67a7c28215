using Figures.Core.Validation;

namespace Figures.Core.Reading;

/// <summary>What a thread needs to check rows: a reusable row, its problem list and string pool, and the read options.</summary>
internal sealed class RowChecker(FigureReadOptions options, int width)
{
    /// <summary>The read options.</summary>
    public FigureReadOptions Options { get; } = options;
    /// <summary>The row being checked.</summary>
    public RowFields Row { get; } = new(width);
    /// <summary>Problems of the row being checked.</summary>
    public List<FieldProblem> Found { get; } = [];
    /// <summary>Shares the strings that repeat across the figures this thread builds.</summary>
    public StringPool Pool { get; } = new();
}
