namespace Figures.Core.Diagnostics;

/// <summary>
/// How bad a problem is, from the input's point of view; the command line turns it into an exit code.
/// Ordered: a more severe problem compares greater.
/// </summary>
public enum Severity
{
    /// <summary>Worth a look, but the input stays valid.</summary>
    Warning = 0,
    /// <summary>The input was read, but its data are invalid (or a selection of them is empty).</summary>
    Invalid = 1,
    /// <summary>The input or the request cannot be used at all: missing, unreadable, in the wrong encoding, or a bad argument.</summary>
    Unusable = 2,
}
