using System.Globalization;
using System.Net;
using System.Text;

namespace Figures.Reports.Html;

/// <summary>
/// The only way text reaches the HTML report: every character is escaped, control and bidirectional
/// formatting characters are shown as visible code points instead of acting on the page, and a web
/// address becomes a link only when it is an absolute http or https address.
/// </summary>
public static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> as element content: escaped, with controls made visible.</summary>
    public static StringBuilder Text(this StringBuilder html, string text)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsHidden(text[i])) continue;
            html.Append(WebUtility.HtmlEncode(text[start..i]));
            // A right-to-left override would reorder what follows it; shown, it says what the source text holds.
            html.Append("<span class=\"control\">[U+").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture)).Append("]</span>");
            start = i + 1;
        }
        return html.Append(WebUtility.HtmlEncode(text[start..]));
    }

    /// <summary>
    /// Appends <paramref name="text"/> escaped for a double-quoted attribute value; control characters become
    /// character references, so the value is unchanged for the script but the markup holds no raw control.
    /// </summary>
    public static StringBuilder Attribute(this StringBuilder html, string text)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsHidden(text[i])) continue;
            html.Append(WebUtility.HtmlEncode(text[start..i])).Append("&#x").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
            start = i + 1;
        }
        return html.Append(WebUtility.HtmlEncode(text[start..]));
    }

    /// <summary>
    /// Appends the address as a link when it is an absolute http(s) address, else as plain text:
    /// a <c>javascript:</c>, <c>data:</c> or relative address is never clickable.
    /// </summary>
    public static StringBuilder Link(this StringBuilder html, string url)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (WebLink(url) is not { } uri) return html.Text(url);
        html.Append("<a href=\"").Attribute(uri.AbsoluteUri).Append("\" rel=\"noopener noreferrer\">");
        return html.Text(url).Append("</a>");
    }

    /// <summary>The address as an absolute http or https URI, or null for anything else.</summary>
    public static Uri? WebLink(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Length > 0
            ? uri
            : null;
    }

    /// <summary>The text with each control or bidirectional formatting character written out as "[U+202E]", for markup that cannot hold a span (SVG).</summary>
    public static string ShowHidden(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsHidden)) return text;
        var shown = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsHidden(c)) shown.Append("[U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
            else shown.Append(c);
        }
        return shown.ToString();
    }

    // Characters that would act on the page rather than show: C0/C1 controls (line breaks and tabs are
    // plain white space in HTML) and the bidirectional marks, embeddings, overrides and isolates.
    private static bool IsHidden(char c) =>
        (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
