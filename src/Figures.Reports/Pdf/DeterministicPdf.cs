using System.Text;
using System.Text.RegularExpressions;

namespace Figures.Reports.Pdf;

/// <summary>
/// PDFsharp draws two random values into every file: the six-letter tag of each embedded font subset
/// ("AEIGCA+Segoe WP") and the UUIDs of the XMP metadata. This replaces them in order of first
/// appearance (AAAAAA, AAAAAB, ...; UUIDs from a hash of a seed). Replacements keep the length, so
/// every byte offset in the file, and with it the cross-reference table, stays valid.
/// </summary>
public static partial class DeterministicPdf
{
    [GeneratedRegex(@"(?<=uuid:)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.CultureInvariant)]
    private static partial Regex Uuid();

    [GeneratedRegex(@"(?<=/(?:FontName|BaseFont)\s*/)[A-Z]{6}(?=\+)", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    /// <summary>The PDF with its subset tags and metadata UUIDs replaced deterministically from <paramref name="seed"/>.</summary>
    public static byte[] Normalise(byte[] pdf, string seed)
    {
        // Latin-1 maps every byte to one char and back, so binary streams pass through unchanged.
        var text = Encoding.Latin1.GetString(pdf);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = Tag().Replace(text, match =>
        {
            if (!renamed.TryGetValue(match.Value, out var replacement))
            {
                replacement = Name(renamed.Count);
                renamed[match.Value] = replacement;
            }
            return replacement;
        });
        var uuids = new Dictionary<string, string>(StringComparer.Ordinal);
        result = Uuid().Replace(result, match =>
        {
            if (!uuids.TryGetValue(match.Value, out var replacement))
            {
                var hex = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}|{uuids.Count}")));
                replacement = $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
                uuids[match.Value] = replacement;
            }
            return replacement;
        });
        return Encoding.Latin1.GetBytes(result);
    }

    private static string Name(int index)
    {
        var letters = new char[6];
        for (var i = 5; i >= 0; i--)
        {
            letters[i] = (char)('A' + index % 26);
            index /= 26;
        }
        return new string(letters);
    }
}
