using Figures.Core.Model;
using Figures.Core.Validation;

namespace Figures.Core.Csv;

/// <summary>
/// The fields of one export row, taken from a figure or straight from a checked record's bytes, so
/// that rows formatted while a file is read need no figure object, yet go through the very same
/// writer. A text column is UTF-16 text for a figure (<see cref="Text"/>) and UTF-8 bytes for a
/// record (<see cref="Utf8"/>); the writers give the same bytes for either.
/// </summary>
internal readonly ref struct ExportRow
{
    private readonly Figure? _figure;
    private readonly Utf8Row _utf8;

    /// <summary>The row of a figure.</summary>
    public ExportRow(Figure figure)
    {
        _figure = figure;
        Values = new RowValues(figure.Metric, figure.Unit, figure.Qualifier, figure.Value, figure.ValueMax, figure.PeriodStart, figure.PeriodEnd, figure.Published);
    }

    /// <summary>The row of a checked record: its typed values, and its fields as read.</summary>
    public ExportRow(in RowValues values, Utf8Row utf8)
    {
        _utf8 = utf8;
        Values = values;
    }

    /// <summary>The typed fields.</summary>
    public RowValues Values { get; }

    /// <summary>Whether the text columns come as UTF-8 (<see cref="Utf8"/>) rather than text (<see cref="Text"/>).</summary>
    public bool IsUtf8 => _figure is null;

    /// <summary>The bytes of a text, code or vocabulary column of a record as read (see <see cref="FigureColumns"/>).</summary>
    public ReadOnlySpan<byte> Utf8(int column) => _utf8[column];

    /// <summary>A column of a record exactly as the input has it, when the record keeps that (see <see cref="Utf8Row.TryRaw"/>).</summary>
    public bool TryRaw(int column, out ReadOnlySpan<byte> raw) => _utf8.TryRaw(column, out raw);

    /// <summary>The text of a text, code or vocabulary column of a figure (see <see cref="FigureColumns"/>).</summary>
    public ReadOnlySpan<char> Text(int column) => column switch
    {
        FigureColumns.Id => _figure!.Id,
        FigureColumns.Metric => Vocabulary.Name(_figure!.Metric),
        FigureColumns.Unit => Vocabulary.Name(_figure!.Unit),
        FigureColumns.Qualifier => Vocabulary.Name(_figure!.Qualifier),
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
        FigureColumns.ConflictsWith => _figure!.ConflictsWith,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a text column"),
    };
}
