using PdfSharp.Drawing;

namespace Figures.Reports.Pdf;

/// <summary>Every font, size, colour and spacing of the brief, in one place.</summary>
public sealed class Typography(string family)
{
    /// <summary>The font family (embedded Segoe WP unless the definition overrides it).</summary>
    public string Family { get; } = family;

    /// <summary>Document title.</summary>
    public XFont Title { get; } = new(family, 20, XFontStyleEx.Bold);
    /// <summary>Line under the title.</summary>
    public XFont Subtitle { get; } = new(family, 11, XFontStyleEx.Regular);
    /// <summary>Section headings.</summary>
    public XFont Heading { get; } = new(family, 13, XFontStyleEx.Bold);
    /// <summary>Running text.</summary>
    public XFont Body { get; } = new(family, 9.5, XFontStyleEx.Regular);
    /// <summary>Emphasis in running text.</summary>
    public XFont BodyBold { get; } = new(family, 9.5, XFontStyleEx.Bold);
    /// <summary>Key figure values.</summary>
    public XFont KeyValue { get; } = new(family, 14, XFontStyleEx.Bold);
    /// <summary>Small print: captions, table cells, footers.</summary>
    public XFont Small { get; } = new(family, 8, XFontStyleEx.Regular);
    /// <summary>Small bold: table headers.</summary>
    public XFont SmallBold { get; } = new(family, 8, XFontStyleEx.Bold);
    /// <summary>Quotes and caveats.</summary>
    public XFont Italic { get; } = new(family, 9, XFontStyleEx.Italic);

    /// <summary>Body text colour.</summary>
    public XBrush Ink { get; } = new XSolidBrush(XColor.FromArgb(0x22, 0x22, 0x22));
    /// <summary>Secondary text colour.</summary>
    public XBrush Muted { get; } = new XSolidBrush(XColor.FromArgb(0x5A, 0x5A, 0x5A));
    /// <summary>Accent for headings and rules (OCHA-like blue).</summary>
    public XColor Accent { get; } = XColor.FromArgb(0x00, 0x5A, 0x9C);
    /// <summary>Key figures box and table header fill.</summary>
    public XBrush Panel { get; } = new XSolidBrush(XColor.FromArgb(0xEE, 0xF3, 0xF8));
    /// <summary>Caveat box fill.</summary>
    public XBrush Caution { get; } = new XSolidBrush(XColor.FromArgb(0xFF, 0xF4, 0xE0));
    /// <summary>Thin rules.</summary>
    public XPen Rule { get; } = new(XColor.FromArgb(0xC8, 0xD0, 0xD8), 0.5);
    /// <summary>Link colour.</summary>
    public XBrush Link { get; } = new XSolidBrush(XColor.FromArgb(0x00, 0x5A, 0x9C));

    /// <summary>Extra space between lines, as a fraction of the font size.</summary>
    public double Leading { get; } = 0.35;
    /// <summary>Space after a paragraph.</summary>
    public double ParagraphGap { get; } = 5;
    /// <summary>Space before a section heading.</summary>
    public double SectionGap { get; } = 14;

    /// <summary>Line height of a font.</summary>
    public double LineHeight(XFont font) => font.Size * (1 + Leading);
}
