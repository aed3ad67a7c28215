namespace Figures.Charts;

/// <summary>Which point of a text line its X coordinate names.</summary>
public enum TextAnchor
{
    /// <summary>X is the left end.</summary>
    Start,
    /// <summary>X is the centre.</summary>
    Middle,
    /// <summary>X is the right end.</summary>
    End,
}
