using Figures.Core.Model;
using Figures.Core.Validation;

namespace Figures.Core.Csv;

/// <summary>
/// The fields of one export row, taken from a figure or straight from a checked row, so that rows
/// formatted while a file is read need no figure object, yet go through the very same writer.
/// </summary>
internal readonly ref struct ExportRow
{
    private readonly Figure? _figure;
    private readonly RowFields? _row;

    /// <summary>The row of a figure.</summary>
    public ExportRow(Figure figure)
    {
        _figure = figure;
        Values = new RowValues(figure.Metric, figure.Unit, figure.Qualifier, figure.Value, figure.ValueMax, figure.PeriodStart, figure.PeriodEnd, figure.Published);
    }

    /// <summary>The row of checked fields and their typed values.</summary>
    public ExportRow(RowFields row, in RowValues values)
    {
        _row = row;
        Values = values;
    }

    /// <summary>The typed fields.</summary>
    public RowValues Values { get; }

    /// <summary>The text of a free-text or code column (see <see cref="FigureColumns"/>).</summary>
    public ReadOnlySpan<char> Text(int column) => _row is not null ? _row[column] : column switch
    {
        FigureColumns.Id => _figure!.Id,
        FigureColumns.Location => _figure!.Location,
        FigureColumns.Admin1 => _figure!.Admin1,
        FigureColumns.Admin1Pcode => _figure!.Admin1Pcode,
        FigureColumns.CountryIso3 => _figure!.CountryIso3,
        FigureColumns.AttributedTo => _figure!.AttributedTo,
        FigureColumns.Publisher => _figure!.Publisher,
        FigureColumns.Title => _figure!.Title,
        FigureColumns.Url => _figure!.Url,
        FigureColumns.SourceFile => _figure!.SourceFile,
        FigureColumns.Quote => _figure!.Quote,
        FigureColumns.Notes => _figure!.Notes,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a text column"),
    };
}
