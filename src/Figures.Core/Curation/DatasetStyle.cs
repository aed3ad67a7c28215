namespace Figures.Core.Curation;

/// <summary>How a dataset file is written, so that rows appended to it look like its own: line ending, columns, final line break.</summary>
internal sealed record DatasetStyle(string LineEnding, int Width, bool EndsWithLineBreak)
{
    /// <summary>The style of <paramref name="bytes"/>: the header's line ending and field count (LF and 21 columns for an empty file).</summary>
    public static DatasetStyle Of(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOfAny((byte)'\r', (byte)'\n');
        var ending = end < 0 || bytes[end] == (byte)'\n' ? "\n" : end + 1 < bytes.Length && bytes[end + 1] == (byte)'\n' ? "\r\n" : "\r";
        var header = end < 0 ? bytes : bytes[..end];
        // A valid header has no quoted fields: its commas separate its columns.
        var width = header.IsEmpty ? Model.FigureColumns.All.Count : header.Count((byte)',') + 1;
        var last = bytes.IsEmpty ? (byte)0 : bytes[^1];
        return new DatasetStyle(ending, width, last is (byte)'\n' or (byte)'\r');
    }
}
