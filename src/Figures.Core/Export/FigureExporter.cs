using Figures.Core.Model;

namespace Figures.Core.Export;

/// <summary>Writes a selection of figures in an export format. CSV and HXL neutralise formula-like text (OWASP CSV injection).</summary>
public static class FigureExporter
{
    /// <summary>Writes <paramref name="figures"/> to <paramref name="output"/> in <paramref name="format"/>.</summary>
    public static void Write(Stream output, IReadOnlyList<Figure> figures, ExportFormat format)
    {
        switch (format)
        {
            case ExportFormat.Json:
                FigureJsonWriter.Write(output, figures);
                break;
            case ExportFormat.Hxl:
                FigureCsvWriter.Write(output, figures, protectFormulas: true, extraHeaderRow: HxlTags.Row(figures));
                break;
            default:
                FigureCsvWriter.Write(output, figures, protectFormulas: true);
                break;
        }
    }
}
