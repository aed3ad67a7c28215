namespace Figures.Core.Model;

/// <summary>How precisely the source states a figure ("more than", "about", ...).</summary>
public enum Qualifier
{
    /// <summary>Stated without a qualifier.</summary>
    Exact,
    /// <summary>some, about, around, nearly, almost, estimated.</summary>
    Approximately,
    /// <summary>more than, over.</summary>
    MoreThan,
    /// <summary>less than, under, fewer than.</summary>
    LessThan,
    /// <summary>at least.</summary>
    AtLeast,
    /// <summary>at most, up to.</summary>
    AtMost,
}
