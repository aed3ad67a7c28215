namespace Figures.Core.Export;

/// <summary>The formats figures can be exported in.</summary>
public enum ExportFormat
{
    /// <summary>figures.csv layout, with spreadsheet formulas neutralised.</summary>
    Csv,
    /// <summary>A JSON array of objects.</summary>
    Json,
    /// <summary>figures.csv layout plus the HXL hashtag row, for HDX.</summary>
    Hxl,
    /// <summary>An Excel workbook: typed cells, a frozen header, the fingerprint and caveat on a second sheet.</summary>
    Xlsx,
}
