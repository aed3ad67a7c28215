namespace Figures.Charts;

/// <summary>Every size and neutral colour of the chart style in one place (sizes in points).</summary>
public static class ChartTheme
{
    /// <summary>The font stack SVG asks for: the PDF's embedded Segoe WP first, then common fallbacks.</summary>
    public const string FontStack = "'Segoe WP', 'Segoe UI', 'DejaVu Sans', Arial, sans-serif";
    /// <summary>The font family PDF output uses (embedded by <see cref="Pdf.PdfSetup"/>).</summary>
    public const string PdfFontFamily = "Segoe WP";

    /// <summary>Title size.</summary>
    public const double TitleSize = 11;
    /// <summary>Subtitle size.</summary>
    public const double SubtitleSize = 8;
    /// <summary>Axis, legend and value label size.</summary>
    public const double LabelSize = 7.5;
    /// <summary>Footnote and caption size (the smallest text; legible at A4 text width).</summary>
    public const double NoteSize = 7;
    /// <summary>Space around the chart.</summary>
    public const double Padding = 8;

    /// <summary>Near-black for the title.</summary>
    public static ChartColor Ink { get; } = ChartColor.FromHex("#1a1a1a");
    /// <summary>Dark grey for value labels.</summary>
    public static ChartColor Label { get; } = ChartColor.FromHex("#333333");
    /// <summary>Mid grey for axis labels and subtitles.</summary>
    public static ChartColor Muted { get; } = ChartColor.FromHex("#595959");
    /// <summary>Light grey for gridlines.</summary>
    public static ChartColor Grid { get; } = ChartColor.FromHex("#e3e3e3");
    /// <summary>Grey for the zero line and axis ticks.</summary>
    public static ChartColor Axis { get; } = ChartColor.FromHex("#9a9a9a");
    /// <summary>The background.</summary>
    public static ChartColor Paper { get; } = ChartColor.FromHex("#ffffff");
}
