namespace Figures.Core.Export;

/// <summary>The export formats whose rows can be formatted one at a time, while a file is read.</summary>
public enum RowFormat
{
    /// <summary>The CSV export (formulas neutralised).</summary>
    Csv,

    /// <summary>The JSON export: one object per figure in an indented array.</summary>
    Json,
}
