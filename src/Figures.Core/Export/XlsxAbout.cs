namespace Figures.Core.Export;

/// <summary>What the second sheet of an xlsx export says about the figures on the first: where they came from and how to read them.</summary>
public sealed record XlsxAbout
{
    /// <summary>The dataset file the figures were read from.</summary>
    public required string Dataset { get; init; }
    /// <summary>The dataset's fingerprint (the first 12 hex digits of its SHA-256, as briefs print it).</summary>
    public required string Fingerprint { get; init; }
    /// <summary>The caveat every brief and report carries.</summary>
    public required string Caveat { get; init; }
}
