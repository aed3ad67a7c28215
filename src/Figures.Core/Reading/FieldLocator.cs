namespace Figures.Core.Reading;

/// <summary>
/// Turns "field k of the record that starts on line L" into the line and character column where
/// that field starts, by walking the record's raw UTF-8 bytes with RFC 4180 quoting rules.
/// Only called when a problem is reported, so the hot path never pays for it.
/// </summary>
internal static class FieldLocator
{
    /// <summary>Bytes walked on this thread, for tests that hold the locating of many fields to linear work.</summary>
    [ThreadStatic]
    internal static long BytesWalked;

    /// <summary>The 1-based line and column of field <paramref name="fieldIndex"/>; past the last field, the end of the record.</summary>
    public static (int Line, int Column) Locate(ReadOnlySpan<byte> raw, int recordLine, int fieldIndex, byte separator = (byte)',')
    {
        var line = recordLine;
        var column = 1;
        var field = 0;
        var inQuotes = false;
        for (var i = 0; i < raw.Length; i++)
        {
            BytesWalked++;
            if (field == fieldIndex && !inQuotes) return (line, column);
            var b = raw[i];
            if (b == (byte)'"') inQuotes = !inQuotes;
            else if (b == separator && !inQuotes)
            {
                field++;
                column++;
                if (field == fieldIndex) return (line, column);
                continue;
            }
            if (b == (byte)'\n' || (b == (byte)'\r' && (i + 1 >= raw.Length || raw[i + 1] != (byte)'\n')))
            {
                line++;
                column = 1;
                continue;
            }
            if (b == (byte)'\r') continue;
            if ((b & 0xC0) != 0x80) column++; // count characters, not bytes
        }
        return (line, column);
    }

    /// <summary>
    /// The line and column of every field of the record, then of its end: the same places as
    /// <see cref="Locate"/> gives for each index, in one walk over the record.
    /// </summary>
    public static (int Line, int Column)[] LocateAll(ReadOnlySpan<byte> raw, int recordLine, byte separator = (byte)',')
    {
        var starts = new List<(int, int)> { (recordLine, 1) };
        var line = recordLine;
        var column = 1;
        var inQuotes = false;
        BytesWalked += raw.Length;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (b == (byte)'"') inQuotes = !inQuotes;
            else if (b == separator && !inQuotes)
            {
                column++;
                starts.Add((line, column));
                continue;
            }
            if (b == (byte)'\n' || (b == (byte)'\r' && (i + 1 >= raw.Length || raw[i + 1] != (byte)'\n')))
            {
                line++;
                column = 1;
                continue;
            }
            if (b == (byte)'\r') continue;
            if ((b & 0xC0) != 0x80) column++;
        }
        starts.Add((line, column));
        return [.. starts];
    }

    /// <summary>
    /// The line and column of character <paramref name="offset"/> of field <paramref name="fieldIndex"/>'s
    /// value, past its opening quote if it has one; for text without quotes or line breaks, such as ids.
    /// </summary>
    public static (int Line, int Column) LocateIn(ReadOnlySpan<byte> raw, int recordLine, int fieldIndex, int offset, byte separator = (byte)',')
    {
        var (line, column) = Locate(raw, recordLine, fieldIndex, separator);
        var field = 0;
        var inQuotes = false;
        var start = raw.Length;
        for (var i = 0; i < raw.Length && field < fieldIndex; i++)
        {
            if (raw[i] == (byte)'"') inQuotes = !inQuotes;
            else if (raw[i] == separator && !inQuotes && ++field == fieldIndex) start = i + 1;
        }
        if (fieldIndex == 0) start = 0;
        var quoted = start < raw.Length && raw[start] == (byte)'"';
        return (line, column + (quoted ? 1 : 0) + offset);
    }
}
