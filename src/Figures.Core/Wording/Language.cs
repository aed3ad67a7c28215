namespace Figures.Core.Wording;

/// <summary>The languages a brief is worded in.</summary>
public enum Language
{
    /// <summary>English (the default).</summary>
    English,
    /// <summary>Arabic, written right to left.</summary>
    Arabic,
}
