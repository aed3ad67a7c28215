using Figures.Core.Model;
using Figures.Core.Query;

namespace Figures.Core.Reading;

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

    /// <summary>
    /// Which valid figures to keep in memory (all when null), decided from their facets before their
    /// free text becomes strings. <c>validate</c> keeps none and a filtered <c>list</c> only its matches,
    /// so memory and time follow what the command needs, not the file size. A large file is read in
    /// chunks (Reading/Fast), and then this is called from several threads at once.
    /// </summary>
    public Func<FigureFacets, bool>? Keep { get; init; }

    /// <summary>
    /// Check every row but keep no figure: the free-text columns that no rule checks (location,
    /// admin1, attributed_to, publisher, title, notes) are then never turned into strings.
    /// </summary>
    public bool ValidateOnly { get; init; }

    /// <summary>Whether to hash the bytes for <see cref="FigureSet.Fingerprint"/> (the brief prints it).</summary>
    public bool Fingerprint { get; init; } = true;

    /// <summary>
    /// Bytes per chunk when a large file is read on every core; files of at least four chunks are
    /// read that way. The tests make it tiny, to read small files in many chunks.
    /// </summary>
    internal int ChunkBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Called with the bytes read so far, once per batch of records, from one thread at a time (not always the same one).</summary>
    public Action<long>? Progress { get; init; }
}
