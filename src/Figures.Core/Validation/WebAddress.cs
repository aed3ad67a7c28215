using System.Buffers;

namespace Figures.Core.Validation;

/// <summary>
/// The quick yes for the common url: http(s)://host[:port] and an optional path, query or fragment
/// in plain ASCII. Every address it accepts is one <see cref="Uri"/> accepts as absolute http(s);
/// anything else (IDN hosts, IPv6, odd characters) is left to <see cref="Uri.TryCreate(string?, UriKind, out Uri?)"/>.
/// </summary>
internal static class WebAddress
{
    // RFC 3986 unreserved, sub-delims, ':', '@', '/', '?', '#' and '%', beside letters and digits:
    // searched with vector instructions, since this runs for every row of a large file.
    private const string LettersAndDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static readonly SearchValues<char> PathChars = SearchValues.Create("-._~!$&'()*+,;=:@/?#%" + LettersAndDigits);
    private static readonly SearchValues<char> HostChars = SearchValues.Create("-." + LettersAndDigits);

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
        return hostEnd < 0 || !rest[hostEnd..].ContainsAnyExcept(PathChars);
    }

    // Dot-separated labels of 1 to 63 letters, digits and inner hyphens.
    private static bool IsHost(ReadOnlySpan<char> host)
    {
        if (host.ContainsAnyExcept(HostChars)) return false;
        while (true)
        {
            var dot = host.IndexOf('.');
            var label = dot < 0 ? host : host[..dot];
            if (label.Length is < 1 or > 63 || label[0] == '-' || label[^1] == '-') return false;
            if (dot < 0) return true;
            host = host[(dot + 1)..];
        }
    }
}
