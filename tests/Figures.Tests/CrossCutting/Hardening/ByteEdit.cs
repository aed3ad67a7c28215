namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>One byte-level mutation; its position is taken modulo the file's length.</summary>
public sealed record ByteEdit(ByteEditKind Kind, int Position, byte Value, byte[] Token)
{
    /// <summary>Byte sequences a CSV reader and a UTF-8 check must cope with.</summary>
    public static byte[][] Tokens { get; } =
    [
        "\""u8.ToArray(), ","u8.ToArray(), "\n"u8.ToArray(), "\r"u8.ToArray(), ";"u8.ToArray(), "\"\""u8.ToArray(),
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xE9], [0xC3], [0xF0, 0x9F], [0x00], "=1+1"u8.ToArray(), "\t"u8.ToArray(),
    ];

    /// <summary>The bytes with this edit applied.</summary>
    public byte[] Apply(byte[] bytes)
    {
        var list = bytes.ToList();
        var at = list.Count == 0 ? 0 : Position % (list.Count + 1);
        switch (Kind)
        {
            case ByteEditKind.Overwrite when at < list.Count: list[at] = Value; break;
            case ByteEditKind.Insert: list.Insert(at, Value); break;
            case ByteEditKind.Delete when at < list.Count: list.RemoveAt(at); break;
            case ByteEditKind.InsertToken: list.InsertRange(at, Token); break;
            case ByteEditKind.Truncate: list.RemoveRange(at, list.Count - at); break;
        }
        return list.ToArray();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} at {Position} ({Value:X2} / {Convert.ToHexString(Token)})";
}
