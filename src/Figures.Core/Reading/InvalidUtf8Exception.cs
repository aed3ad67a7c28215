namespace Figures.Core.Reading;

/// <summary>Thrown when a file is not UTF-8 text; carries where the first bad byte is.</summary>
internal sealed class InvalidUtf8Exception(int line, long byteOffset, string? message = null)
    : Exception(message ?? $"the file is not UTF-8 (first invalid byte at offset {byteOffset}; Latin-1 or Windows-1252?); save it as UTF-8")
{
    /// <summary>1-based line of the first invalid byte.</summary>
    public int Line { get; } = line;
}
