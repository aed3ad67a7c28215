using System.Security.Cryptography;
using System.Text;

namespace Figures.Reports.Html;

/// <summary>
/// The report's stylesheet and script (embedded resources, inlined into every page) and the
/// Content-Security-Policy that lets that one script run and forbids every network load.
/// </summary>
internal static class HtmlAssets
{
    /// <summary>The stylesheet.</summary>
    public static string Style { get; } = Read("report.css");

    /// <summary>The script that filters and sorts the table.</summary>
    public static string Script { get; } = Read("report.js");

    /// <summary>
    /// Nothing may load from anywhere (default-src 'none': no fetch, font, frame, media or object); the only
    /// script that runs is ours, named by its hash, so an injected script or event handler never would; styles
    /// are inline only; images only as data: URIs; no base URL and no form target.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; script-src '{Sha256(Script)}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>The CSP source expression for a script: 'sha256-' and the base64 hash of its UTF-8 text.</summary>
    public static string Sha256(string script) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));

    private static string Read(string name)
    {
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream("Figures.Reports.Html." + name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from Figures.Reports");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // One line ending everywhere, so the page (and the script's hash) does not depend on how git checked it out.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
