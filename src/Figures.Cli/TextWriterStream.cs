using System.Text;

namespace Figures.Cli;

/// <summary>
/// A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/>, so exporters that write
/// bytes can stream straight to the (injectable) standard output instead of buffering the whole
/// export in memory first. The decoder keeps a multi-byte character split across writes intact.
/// </summary>
public sealed class TextWriterStream(TextWriter writer) : WriteOnlyStream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private char[] _chars = new char[4096];

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = _decoder.GetCharCount(buffer, flush: false);
        if (needed > _chars.Length) _chars = new char[needed];
        var written = _decoder.GetChars(buffer, _chars, flush: false);
        writer.Write(_chars, 0, written);
    }

    /// <inheritdoc />
    public override void Flush() => writer.Flush();
}
