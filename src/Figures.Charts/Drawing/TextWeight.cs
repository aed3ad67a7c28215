namespace Figures.Charts;

/// <summary>The weight of a text line.</summary>
public enum TextWeight
{
    /// <summary>Regular text.</summary>
    Normal,
    /// <summary>Bold text (titles).</summary>
    Bold,
}
