using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Figures.Charts;
using SkiaSharp;

namespace Figures.Reports.Html;

/// <summary>
/// The report's stylesheet and script (embedded resources, inlined into every page) and the
/// Content-Security-Policy that lets that one script run and forbids every network load.
/// </summary>
internal static class HtmlAssets
{
    // Where the stylesheet takes the theme's colours.
    private const string ThemeRule = ":root { /* the theme: the colours of Typography, which HtmlAssets writes here */ }";

    /// <summary>The stylesheet, in the colours of the one theme (<see cref="Typography"/>) that the PDF brief and the charts use too.</summary>
    public static string Style { get; } = Read("report.css").Replace(ThemeRule, Theme(), StringComparison.Ordinal);

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

    // The theme's colours as CSS custom properties, each in its shortest hex form (#222222 is #222).
    private static string Theme() =>
        $":root {{ --ink: {Hex(Typography.Ink)}; --muted: {Hex(Typography.Muted)}; --accent: {Hex(Typography.Accent)}; " +
        $"--panel: {Hex(Typography.Panel)}; --caution: {Hex(Typography.Caution)}; --rule: {Hex(Typography.Rule)}; }}";

    private static string Hex(SKColor color)
    {
        var full = string.Create(CultureInfo.InvariantCulture, $"{color.Red:x2}{color.Green:x2}{color.Blue:x2}");
        var shortens = full[0] == full[1] && full[2] == full[3] && full[4] == full[5];
        return "#" + (shortens ? string.Concat(full[0], full[2], full[4]) : full);
    }

    private static string Read(string name)
    {
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream("Figures.Reports.Html." + name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from Figures.Reports");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // One line ending everywhere, so the page (and the script's hash) does not depend on how git checked it out.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
