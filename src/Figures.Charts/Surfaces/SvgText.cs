using System.Globalization;
using System.Text;

namespace Figures.Charts;

/// <summary>
/// Writes SVG attribute values and text straight into the document's builder: no string per number,
/// colour or label, which is most of the cost of a chart with thousands of marks.
/// </summary>
internal static class SvgText
{
    /// <summary>
    /// The number rounded to 2 decimals with trailing zeros dropped, exactly as the invariant "0.##" format
    /// of <c>Math.Round(value, 2)</c> writes it ("12", "3.4", "-0.25"), without parsing a format string.
    /// </summary>
    public static StringBuilder Number(this StringBuilder svg, double value)
    {
        var rounded = Math.Round(value, 2);
        // Beyond this (never a chart coordinate) hundredths would not fit exactly in a long.
        if (!(Math.Abs(rounded) < 1e12)) return svg.Append(CultureInfo.InvariantCulture, $"{rounded:0.##}");
        var hundredths = (long)Math.Round(rounded * 100);
        if (hundredths < 0 || (hundredths == 0 && double.IsNegative(rounded)))
        {
            svg.Append('-');
            hundredths = -hundredths;
        }
        svg.Append(CultureInfo.InvariantCulture, $"{hundredths / 100}");
        var fraction = (int)(hundredths % 100);
        if (fraction == 0) return svg;
        svg.Append('.').Append((char)('0' + fraction / 10));
        return fraction % 10 == 0 ? svg : svg.Append((char)('0' + fraction % 10));
    }

    /// <summary>The colour as #rrggbb (lower case, as <see cref="ChartColor.Hex"/>).</summary>
    public static StringBuilder Color(this StringBuilder svg, ChartColor color) =>
        svg.Append('#').Append(Hex(color.R >> 4)).Append(Hex(color.R & 15))
            .Append(Hex(color.G >> 4)).Append(Hex(color.G & 15))
            .Append(Hex(color.B >> 4)).Append(Hex(color.B & 15));

    /// <summary>
    /// The text escaped for XML. Characters XML 1.0 forbids are dropped, so any text from the dataset
    /// gives a well-formed document.
    /// </summary>
    public static StringBuilder Escaped(this StringBuilder svg, string text)
    {
        if (!NeedsEscaping(text)) return svg.Append(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': svg.Append("&amp;"); break;
                case '<': svg.Append("&lt;"); break;
                case '>': svg.Append("&gt;"); break;
                case '"': svg.Append("&quot;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        svg.Append(c).Append(text[++i]);
                    }
                    else if (c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD))
                    {
                        svg.Append(c);
                    }
                    break;
            }
        }
        return svg;
    }

    // Labels are almost always plain: ASCII letters, digits, "–", "~", "≥".
    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' or '"' || c < 0x20 || c >= 0xD800) return true;
        }
        return false;
    }

    private static char Hex(int nibble) => (char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
}
