using System.Runtime.ExceptionServices;

namespace Figures.Core.Reading;

/// <summary>
/// A failure while checking rows (a bug, or an extra check that throws), carried past the reader's
/// handlers for bad input so that it surfaces as itself rather than as a problem of the file.
/// </summary>
internal sealed class CheckFailure(ExceptionDispatchInfo original) : Exception(original.SourceException.Message, original.SourceException)
{
    /// <summary>Rethrows the original exception with its stack trace.</summary>
    public void Rethrow() => original.Throw();
}
