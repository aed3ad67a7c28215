namespace Figures.Core.IO;

/// <summary>
/// What a command allows <see cref="AtomicFile"/> to write: never one of its inputs, an existing
/// file only with <see cref="Force"/> or when it is the command's own product, and where "-" goes.
/// </summary>
public sealed record WriteRules
{
    /// <summary>Every file the command reads (dataset, definitions, fonts, articles); an output may never be one of them.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>Whether an existing file may be replaced (<c>--force</c>).</summary>
    public bool Force { get; init; }

    /// <summary>Outputs the command rebuilds freely because they are its own product (a brief's <c>reports/NAME.pdf</c>).</summary>
    public IReadOnlyList<string> OwnOutputs { get; init; } = [];

    /// <summary>Where the output path "-" writes; "-" is refused when null.</summary>
    public Stream? StandardOutput { get; init; }

    /// <summary>The rules of code that sets none (libraries, tests): existing files are replaced, the other checks hold.</summary>
    public static WriteRules Unguarded { get; } = new() { Force = true };
}
