namespace Figures.Reports.Definition;

/// <summary>Turns byte offsets in UTF-8 text into 1-based lines and character columns.</summary>
internal sealed class TextPositions
{
    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts = [0];

    /// <summary>Indexes the line starts of <paramref name="bytes"/> once.</summary>
    public TextPositions(byte[] bytes)
    {
        _bytes = bytes;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') _lineStarts.Add(i + 1);
        }
    }

    /// <summary>The line and column (in characters) of the byte at <paramref name="offset"/>.</summary>
    public (int Line, int Column) At(long offset)
    {
        var at = (int)Math.Clamp(offset, 0, _bytes.Length);
        var index = _lineStarts.BinarySearch(at);
        var line = index >= 0 ? index : ~index - 1;
        var column = 1;
        for (var i = _lineStarts[line]; i < at; i++)
        {
            if ((_bytes[i] & 0xC0) != 0x80) column++;
        }
        return (line + 1, column);
    }

    /// <summary>The byte offset of a 0-based line and a byte position in it, as <see cref="System.Text.Json.JsonException"/> gives them.</summary>
    public long Offset(long line, long bytePosition) =>
        line < _lineStarts.Count ? _lineStarts[(int)line] + bytePosition : _bytes.Length;
}
