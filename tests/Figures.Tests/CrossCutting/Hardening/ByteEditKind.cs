namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>What a byte-level mutation of a file does.</summary>
public enum ByteEditKind
{
    /// <summary>Replace one byte.</summary>
    Overwrite,
    /// <summary>Insert one byte.</summary>
    Insert,
    /// <summary>Delete one byte.</summary>
    Delete,
    /// <summary>Insert a token that matters to a CSV reader (a quote, a BOM, a Latin-1 byte...).</summary>
    InsertToken,
    /// <summary>Cut the file short.</summary>
    Truncate,
}
