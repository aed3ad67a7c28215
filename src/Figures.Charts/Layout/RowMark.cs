namespace Figures.Charts;

/// <summary>How a row of a row chart shows its value.</summary>
internal enum RowMark
{
    /// <summary>A group heading with no value.</summary>
    None,
    /// <summary>A filled dot.</summary>
    Dot,
    /// <summary>A hollow dot (a projection).</summary>
    HollowDot,
    /// <summary>A bar from zero.</summary>
    Bar,
}
