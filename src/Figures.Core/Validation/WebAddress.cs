namespace Figures.Core.Validation;

/// <summary>
/// The quick yes for the common url: http(s)://host[:port] and an optional path, query or fragment
/// in plain ASCII. Every address it accepts is one <see cref="Uri"/> accepts as absolute http(s);
/// anything else (IDN hosts, IPv6, odd characters) is left to <see cref="Uri.TryCreate(string?, UriKind, out Uri?)"/>.
/// </summary>
internal static class WebAddress
{
    // RFC 3986 unreserved, sub-delims, ':', '@', '/', '?', '#' and '%', beside letters and digits:
    // one flag per ASCII character, since this runs for every row of a large file.
    private static readonly bool[] PathChars = Flags("-._~!$&'()*+,;=:@/?#%");

    /// <summary>Whether the address is a plain ASCII http(s) address that needs no closer look.</summary>
    public static bool IsPlain(ReadOnlySpan<char> url)
    {
        var rest = url.StartsWith("https://", StringComparison.Ordinal) ? url[8..]
            : url.StartsWith("http://", StringComparison.Ordinal) ? url[7..]
            : default;
        if (rest.IsEmpty) return false;
        var hostEnd = rest.IndexOfAny('/', '?', '#');
        var authority = hostEnd < 0 ? rest : rest[..hostEnd];
        var colon = authority.IndexOf(':');
        var host = colon < 0 ? authority : authority[..colon];
        if (!IsHost(host)) return false;
        if (colon >= 0)
        {
            var port = authority[(colon + 1)..];
            if (port.Length is < 1 or > 4 || port.ContainsAnyExceptInRange('0', '9')) return false;
        }
        if (hostEnd < 0) return true;
        foreach (var c in rest[hostEnd..])
        {
            if (c >= PathChars.Length || !PathChars[c]) return false;
        }
        return true;
    }

    // Dot-separated labels of 1 to 63 letters, digits and inner hyphens.
    private static bool IsHost(ReadOnlySpan<char> host)
    {
        var labelStart = 0;
        for (var i = 0; i <= host.Length; i++)
        {
            if (i < host.Length && host[i] != '.')
            {
                if (!char.IsAsciiLetterOrDigit(host[i]) && host[i] != '-') return false;
                continue;
            }
            var length = i - labelStart;
            if (length is < 1 or > 63 || host[labelStart] == '-' || host[i - 1] == '-') return false;
            labelStart = i + 1;
        }
        return true;
    }

    private static bool[] Flags(string punctuation)
    {
        var flags = new bool[128];
        for (var c = 0; c < flags.Length; c++) flags[c] = char.IsAsciiLetterOrDigit((char)c) || punctuation.Contains((char)c);
        return flags;
    }
}
