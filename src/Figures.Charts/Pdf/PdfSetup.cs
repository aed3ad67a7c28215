using PdfSharp;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

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

    /// <summary>
    /// A new document with the options every Figures PDF uses. PDFsharp 6.5's Flate streams end
    /// without their final block on .NET 10, which qpdf --check reports; uncompressed streams are
    /// valid everywhere, and briefs and charts stay small.
    /// </summary>
    public static PdfDocument NewDocument()
    {
        EnsureInitialized();
        var document = new PdfDocument();
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        return document;
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
