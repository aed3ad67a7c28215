using System.Globalization;

namespace Figures.Charts;

/// <summary>An opaque sRGB colour.</summary>
public readonly record struct ChartColor(byte R, byte G, byte B)
{
    /// <summary>The colour as #rrggbb.</summary>
    public string Hex => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>Parses #rrggbb.</summary>
    public static ChartColor FromHex(string hex) => new(
        byte.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        byte.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        byte.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public override string ToString() => Hex;
}
