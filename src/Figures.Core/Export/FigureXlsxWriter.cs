using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Figures.Core.Diagnostics;
using Figures.Core.Model;

namespace Figures.Core.Export;

/// <summary>
/// Writes figures as an Excel workbook for analysts: sheet "Figures" has the figures.csv columns,
/// with value and value_max as numbers, the three dates as dates (yyyy-mm-dd), the qualifier in its
/// own column, the header row frozen and filterable; sheet "About" has the dataset, its fingerprint,
/// the caveat and how to read the columns. A cell's text is never a formula in a workbook (formulas
/// are their own element), so text is written exactly as the dataset has it.
/// </summary>
public static class FigureXlsxWriter
{
    /// <summary>The most figures one worksheet holds: Excel's 1,048,576 rows less the header.</summary>
    public const int MaxFigures = 1_048_575;

    /// <summary>The longest text Excel keeps in a cell.</summary>
    public const int MaxCellText = 32_767;

    // Style indexes in the stylesheet below.
    private const uint DateStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint WrapStyle = 3;

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789ABCDEFabcdef");

    private static readonly int DayZero = new DateOnly(1899, 12, 30).DayNumber;

    // Widths in characters, by column: enough to read ids, vocabulary words, dates and the start of long text.
    private static readonly double[] Widths = [10, 18, 12, 12, 11, 14, 30, 12, 13, 12, 12, 12, 24, 20, 30, 12, 30, 26, 60, 60, 18];

    /// <summary>
    /// Writes the workbook to <paramref name="output"/>. Throws a <see cref="FiguresException"/> (exit 2)
    /// when the figures do not fit a worksheet, or a text does not fit a cell, before writing anything.
    /// </summary>
    public static void Write(Stream output, IReadOnlyList<Figure> figures, XlsxAbout about)
    {
        CheckFits(figures);
        // The package is built in memory: its zip needs to seek, and standard output cannot.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            document.ChangeIdOfPart(workbookPart, "rId1");
            workbookPart.AddNewPart<WorkbookStylesPart>("rId3").Stylesheet = Styles();
            var figuresPart = workbookPart.AddNewPart<WorksheetPart>("rId1");
            WriteFigures(figuresPart, figures);
            var aboutPart = workbookPart.AddNewPart<WorksheetPart>("rId2");
            aboutPart.Worksheet = About(about, figures.Count);
            var lastRow = figures.Count + 1;
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                new Sheets(
                    new Sheet { Name = "Figures", SheetId = 1, Id = workbookPart.GetIdOfPart(figuresPart) },
                    new Sheet { Name = "About", SheetId = 2, Id = workbookPart.GetIdOfPart(aboutPart) }),
                new DefinedNames(new DefinedName($"Figures!$A$1:${ColumnName(FigureColumns.All.Count - 1)}${lastRow}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = 0,
                    Hidden = true,
                }));
        }
        // Same figures, same bytes: the zip entries get one fixed time instead of the clock's.
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries) entry.LastWriteTime = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
        output.Flush();
    }

    private static void CheckFits(IReadOnlyList<Figure> figures)
    {
        if (figures.Count > MaxFigures)
            throw new FiguresException(string.Create(CultureInfo.InvariantCulture,
                $"{figures.Count:N0} figures do not fit one Excel worksheet (at most {MaxFigures:N0}); narrow the selection with filters, or export csv"));
        foreach (var figure in figures)
        {
            for (var column = 0; column < FigureColumns.All.Count; column++)
            {
                if (TextOf(figure, column) is { Length: > MaxCellText } text)
                    throw new FiguresException(string.Create(CultureInfo.InvariantCulture,
                        $"{FigureColumns.All[column]} of {figure.Id} is {text.Length:N0} characters; an Excel cell holds at most {MaxCellText:N0}, and Figures does not cut a field: export csv or json"));
            }
        }
    }

    // Rows are streamed, so a large selection is not built as a document tree first.
    private static void WriteFigures(WorksheetPart part, IReadOnlyList<Figure> figures)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetViews());
        writer.WriteStartElement(new SheetView { WorkbookViewId = 0, TabSelected = true });
        writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        writer.WriteElement(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement(new Columns());
        for (var i = 0; i < Widths.Length; i++)
            writer.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Widths[i], CustomWidth = true });
        writer.WriteEndElement();

        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row { RowIndex = 1 });
        for (var column = 0; column < FigureColumns.All.Count; column++) writer.WriteElement(TextCell(column, 1, FigureColumns.All[column], HeaderStyle));
        writer.WriteEndElement();
        var row = 1u;
        foreach (var figure in figures)
        {
            row++;
            writer.WriteStartElement(new Row { RowIndex = row });
            for (var column = 0; column < FigureColumns.All.Count; column++)
            {
                if (CellOf(figure, column, row) is { } cell) writer.WriteElement(cell);
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(FigureColumns.All.Count - 1)}{row}" });
        writer.WriteEndElement();
    }

    // A figure's cell in one column, or null for an empty field (an empty cell, not an empty text).
    private static Cell? CellOf(Figure figure, int column, uint row) => column switch
    {
        FigureColumns.Value => NumberCell(column, row, figure.Value),
        FigureColumns.ValueMax => figure.ValueMax is { } max ? NumberCell(column, row, max) : null,
        FigureColumns.PeriodStart => DateCell(column, row, figure.PeriodStart),
        FigureColumns.PeriodEnd => DateCell(column, row, figure.PeriodEnd),
        FigureColumns.Published => DateCell(column, row, figure.Published),
        _ => TextOf(figure, column) is { Length: > 0 } text ? TextCell(column, row, text) : null,
    };

    private static string? TextOf(Figure figure, int column) => column switch
    {
        FigureColumns.Id => figure.Id,
        FigureColumns.Metric => Vocabulary.Name(figure.Metric),
        FigureColumns.Unit => Vocabulary.Name(figure.Unit),
        FigureColumns.Qualifier => Vocabulary.Name(figure.Qualifier),
        FigureColumns.Location => figure.Location,
        FigureColumns.Admin1 => figure.Admin1,
        FigureColumns.Admin1Pcode => figure.Admin1Pcode,
        FigureColumns.CountryIso3 => figure.CountryIso3,
        FigureColumns.AttributedTo => figure.AttributedTo,
        FigureColumns.Publisher => figure.Publisher,
        FigureColumns.Title => figure.Title,
        FigureColumns.Url => figure.Url,
        FigureColumns.SourceFile => figure.SourceFile,
        FigureColumns.Quote => figure.Quote,
        FigureColumns.Notes => figure.Notes,
        FigureColumns.ConflictsWith => figure.ConflictsWith,
        _ => null,
    };

    private static Cell NumberCell(int column, uint row, decimal value) =>
        new() { CellReference = Reference(column, row), CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) };

    // A date is a number of days since 1899-12-30 shown with a date format: what Excel itself stores.
    private static Cell? DateCell(int column, uint row, DateOnly? date) => date is { } day
        ? new Cell { CellReference = Reference(column, row), StyleIndex = DateStyle, CellValue = new CellValue((day.DayNumber - DayZero).ToString(CultureInfo.InvariantCulture)) }
        : null;

    private static Cell TextCell(int column, uint row, string text, uint style = 0)
    {
        var cell = new Cell
        {
            CellReference = Reference(column, row),
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Escape(text)) { Space = SpaceProcessingModeValues.Preserve }),
        };
        if (style != 0) cell.StyleIndex = style;
        return cell;
    }

    private static Worksheet About(XlsxAbout about, int count)
    {
        var rows = new List<(string Label, string Text)>
        {
            ("Dataset", about.Dataset),
            ("Fingerprint", $"{about.Fingerprint} (the first 12 hex digits of the SHA-256 of {Path.GetFileName(about.Dataset)}, as printed on every brief)"),
            ("Figures", count.ToString(CultureInfo.InvariantCulture)),
            ("Caveat", about.Caveat),
            ("Qualifier", "How precisely the source states the value: exact, approximately, more_than, less_than, at_least, at_most. Quote a value with its qualifier: 'more than 38,500 people', not '38,500 people'."),
            ("Values", "value and value_max are numbers; a range runs from value to value_max. A percent row is a share (50 is 50%), never a count of people."),
            ("Dates", "period_start, period_end and published are dates. A stock has only period_end, its as-of date; a flow has both."),
            ("Conflicts", "conflicts_with names the figures that contradict this one (ids separated by ';'); sources that disagree each keep their own row."),
        };
        var data = new SheetData();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = (uint)i + 1;
            data.Append(new Row(TextCell(0, r, rows[i].Label, HeaderStyle), TextCell(1, r, rows[i].Text, WrapStyle)) { RowIndex = r });
        }
        return new Worksheet(
            new Columns(
                new Column { Min = 1, Max = 1, Width = 14, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 100, CustomWidth = true }),
            data);
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
        { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static string Reference(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    // 0 → A, 25 → Z, 26 → AA.
    private static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    // XML cannot hold most control characters: OOXML writes them as _xHHHH_, and a literal "_xHHHH_" in
    // the text gets its underscore escaped (_x005F_), so that it reads back as written.
    internal static string Escape(string text)
    {
        if (!text.Any(c => (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c == '_')) return text;
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r') && c < ' ') builder.Append(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_");
            else if (c == '_' && LooksEscaped(text, i)) builder.Append("_x005F_");
            else builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool LooksEscaped(string text, int at) =>
        at + 6 < text.Length && text[at + 1] == 'x' && text[at + 6] == '_' && !text.AsSpan(at + 2, 4).ContainsAnyExcept(HexDigits);
}
