namespace Figures.Core.Text;

/// <summary>Names the encoding a byte order mark announces, for messages about files that are not UTF-8.</summary>
public static class ByteOrderMark
{
    /// <summary>"UTF-32" or "UTF-16" when <paramref name="start"/> begins with that encoding's mark; otherwise null.</summary>
    public static string? ForeignEncoding(ReadOnlySpan<byte> start)
    {
        // FF FE 00 00 is UTF-32 little-endian; it also begins like UTF-16's FF FE, so it is tested first.
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || start.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            return "UTF-32";
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return "UTF-16";
        return null;
    }
}
