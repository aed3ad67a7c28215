using Figures.Core.Csv;
using Figures.Core.Model;

namespace Figures.Core.Export;

/// <summary>Writes a selection of figures in an export format. CSV and HXL neutralise formula-like text (OWASP CSV injection).</summary>
public static class FigureExporter
{
    /// <summary>Writes rows formatted while reading (<see cref="FigureReadOptions.Render"/>), header or brackets included.</summary>
    public static void WriteRendered(Stream output, RenderedRows rows)
    {
        if (rows.Format == RowFormat.Json) FigureJsonWriter.WriteRendered(output, rows);
        else FigureCsvWriter.WriteRendered(output, rows);
    }

    /// <summary>The row format that <paramref name="format"/> can be formatted in while reading, or null (HXL's tag row depends on every figure).</summary>
    public static RowFormat? WhileReading(ExportFormat format) => format switch
    {
        ExportFormat.Csv => RowFormat.Csv,
        ExportFormat.Json => RowFormat.Json,
        _ => null,
    };

    /// <summary>Writes <paramref name="figures"/> to <paramref name="output"/> in <paramref name="format"/>.</summary>
    public static void Write(Stream output, IReadOnlyList<Figure> figures, ExportFormat format)
    {
        switch (format)
        {
            case ExportFormat.Json:
                FigureJsonWriter.Write(output, figures);
                break;
            case ExportFormat.Xlsx:
                throw new ArgumentException("an xlsx workbook carries the dataset's fingerprint and caveat: write it with FigureXlsxWriter.Write", nameof(format));
            case ExportFormat.Hxl:
                FigureCsvWriter.Write(output, figures, protectFormulas: true, extraHeaderRow: HxlTags.Row(figures));
                break;
            default:
                FigureCsvWriter.Write(output, figures, protectFormulas: true);
                break;
        }
    }
}
