using Figures.Core.Model;

namespace Figures.Core.Csv;

/// <summary>Optional checks made while a figures file is read.</summary>
public sealed record FigureReadOptions
{
    /// <summary>The default: schema and row checks only.</summary>
    public static FigureReadOptions Default { get; } = new();

    /// <summary>
    /// An extra check of each valid figure (such as "the quote appears in its source article");
    /// returns a message for the quote field, or null when the figure passes.
    /// </summary>
    public Func<Figure, string?>? CheckFigure { get; init; }
}
