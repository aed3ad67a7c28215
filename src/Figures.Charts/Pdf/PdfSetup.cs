using PdfSharp;
using PdfSharp.Fonts;

namespace Figures.Charts.Pdf;

/// <summary>
/// The one place that configures PDFsharp for the process: the AGPL licence acknowledgement and
/// the embedded font resolver. Call <see cref="EnsureInitialized"/> before creating any document.
/// </summary>
public static class PdfSetup
{
    private static readonly Lock Gate = new();
    private static EmbeddedFontResolver? _resolver;

    /// <summary>The process-wide resolver (created on first use).</summary>
    public static EmbeddedFontResolver Fonts
    {
        get
        {
            EnsureInitialized();
            return _resolver!;
        }
    }

    /// <summary>Configures PDFsharp once; safe to call from any thread, any number of times.</summary>
    public static void EnsureInitialized()
    {
        if (_resolver is not null) return;
        lock (Gate)
        {
            if (_resolver is not null) return;
            PdfSharpLicense.SetAgplLicense();
            var resolver = new EmbeddedFontResolver();
            GlobalFontSettings.FontResolver = resolver;
            _resolver = resolver;
        }
    }
}
