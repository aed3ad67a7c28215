namespace Figures.Charts;

/// <summary>Which way a paragraph runs: its base direction for the bidirectional algorithm, and the side lines start on.</summary>
public enum TextDirection
{
    /// <summary>Left to right (English): text shaped as one run, as before any Arabic edition existed.</summary>
    LeftToRight,
    /// <summary>Right to left (Arabic): runs ordered by the Unicode bidirectional algorithm, each shaped in its own direction.</summary>
    RightToLeft,
}
