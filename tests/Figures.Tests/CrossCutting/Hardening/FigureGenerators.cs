using System.Globalization;
using Figures.Core.Model;
using FsCheck;
using FsCheck.Fluent;
using Figures.Core.Export;

namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>FsCheck generators: valid figures with awkward text, and mutations of a valid dataset.</summary>
public static class FigureGenerators
{
    // Pieces of text a curator's spreadsheet can hold: separators, quotes, line breaks, formula
    // triggers, right-to-left text, the Turkish i, digits in other scripts and a surrogate pair.
    private static readonly string[] Pieces =
    [
        "a", "Idlib", " ", ",", "\"", "\"\"", "\n", "\r\n", "\r", "\t", "'", ";", "=", "+", "-", "@", "#",
        "é", "ı", "İ", "ß", "إدلب", "٣٨", "３", "🏠", "«", "»", "–", "…", "1.8", "38,500", "million", "half", "\u00A0", "\u200F",
    ];

    /// <summary>Text of 0 to 12 pieces.</summary>
    public static Gen<string> Text() =>
        Gen.Elements(Pieces).ListOf().Resize(12).Select(string.Concat);

    /// <summary>Text with at least one visible character, for required fields.</summary>
    public static Gen<string> RequiredText() =>
        from text in Text()
        from word in Gen.Elements("IDL", "x", "Ж", "ı")
        select word + text;

    /// <summary>The tail of an id: 0 to 8 characters of the id alphabet (ASCII letters, digits, '-', '_', '.').</summary>
    public static Gen<string> IdTail() =>
        Gen.Elements("a", "Z", "0", "9", "-", "_", ".", "IDL", "i", "I").ListOf().Resize(8).Select(string.Concat);

    /// <summary>A value that FigureCsvWriter writes as plain invariant digits: a count is whole, a percent may have decimals.</summary>
    public static Gen<decimal> Value(bool percent) =>
        from whole in percent ? Gen.Choose(0, 99) : Gen.Choose(0, int.MaxValue)
        from fraction in Gen.Elements(0m, 0m, 0.5m, 0.25m, 0.1m)
        from scale in Gen.Elements(1m, 1m, 1000m)
        select percent ? whole + fraction : whole * scale;

    /// <summary>A date between 1990 and 2030.</summary>
    public static Gen<DateOnly> Date() =>
        Gen.Choose(0, 40 * 365).Select(days => new DateOnly(1990, 1, 1).AddDays(days));

    /// <summary>A valid figure whose id starts with <paramref name="index"/>, so ids of one dataset never clash, even ignoring case.</summary>
    public static Gen<Figure> Figure(int index) =>
        from metric in Gen.Elements(Enum.GetValues<Metric>())
        from unit in Gen.Elements(Vocabulary.UnitsOf(metric).ToArray())
        from qualifier in Gen.Elements(Enum.GetValues<Qualifier>())
        from value in Value(unit == Unit.Percent)
        from range in Gen.Elements(false, false, true)
        from step in Gen.Choose(1, 1000)
        from idText in IdTail()
        from location in Text()
        from place in Gen.Choose(0, 2)
        from foreignArea in RequiredText()
        from idlib in Gen.Elements("Idlib", "Idleb", "Edlib")
        from iso3 in Gen.Elements("", "SYR", "TUR")
            // admin1 is a governorate's name for its p-code (SY07), free text for another country's (TR31), or empty with it
        let area = place switch
        {
            0 => (Admin1: "", Pcode: "", Iso3: iso3),
            1 => (Admin1: idlib, Pcode: "SY07", Iso3: iso3 == "TUR" ? "SYR" : iso3),
            _ => (Admin1: foreignArea, Pcode: "TR31", Iso3: iso3 == "SYR" ? "TUR" : iso3),
        }
        from end in Date()
        from length in Gen.Choose(-1, 400)
        from hasEnd in Gen.Elements(true, true, false)
        from published in Gen.Elements<DateOnly?>(null, new DateOnly(2018, 9, 14), new DateOnly(2024, 2, 29))
        from attributed in Text()
        from publisher in Text()
        from title in Text()
        from url in Gen.Elements("", "https://example.org/idlib?a=1,2&b=\"c\"", "http://example.net/ıdlib/%E2%80%93")
        from sourceFile in Gen.Elements("", "000_b7b03118b7443f3d.txt", "a b,c\".txt")
        from before in Text()
        from after in Text()
        from notes in Text()
        let max = range ? (unit == Unit.Percent ? Math.Min(100m, value + step) : value + step) : (decimal?)null
        let valueMax = max > value ? max : null
        let stated = unit == Unit.Percent
            ? (valueMax is { } m ? Invariant($"between {value}% and {m}%") : Invariant($"about {value}%"))
            : (valueMax is { } n ? Invariant($"between {value} and {n} people") : Invariant($"about {value} people"))
        let flow = Vocabulary.KindOf(metric) == MetricKind.Flow
        select new Figure
        {
            Id = $"{index:D4}-{idText}",
            Metric = metric,
            Value = value,
            ValueMax = valueMax,
            Unit = unit,
            Qualifier = qualifier,
            Location = location,
            Admin1 = area.Admin1,
            Admin1Pcode = area.Pcode,
            CountryIso3 = area.Iso3,
            PeriodStart = flow && length >= 0 ? end.AddDays(-length) : null,
            PeriodEnd = hasEnd || !flow ? end : null,
            AttributedTo = attributed,
            Publisher = publisher,
            Title = title,
            Published = published,
            Url = url,
            SourceFile = url.Length == 0 && sourceFile.Length == 0 ? "000_b7b03118b7443f3d.txt" : sourceFile,
            Quote = before + " " + stated + " " + after,
            Notes = notes,
        };

    /// <summary>A dataset of 1 to 8 valid figures.</summary>
    public static Gen<Figure[]> Dataset() =>
        from count in Gen.Choose(1, 8)
        from figures in Enumerable.Range(1, count).Select(Figure).ToArray().Sequence()
        select figures;

    /// <summary>1 to 6 byte-level edits: overwrite, insert, delete, insert a token, truncate.</summary>
    public static Gen<ByteEdit[]> ByteEdits() =>
        (from kind in Gen.Elements(Enum.GetValues<ByteEditKind>())
         from position in Gen.Choose(0, int.MaxValue)
         from value in Gen.Choose(0, 255)
         from token in Gen.Elements(ByteEdit.Tokens)
         select new ByteEdit(kind, position, (byte)value, token))
        .ArrayOf().Resize(6).Where(edits => edits.Length > 0);

    /// <summary>1 to 4 field-level edits of a dataset's data cells.</summary>
    public static Gen<FieldEdit[]> FieldEdits() =>
        (from row in Gen.Choose(0, int.MaxValue)
         from column in Gen.Choose(0, FigureColumns.All.Count - 1)
         from value in Gen.OneOf(Gen.Elements(FieldEdit.Nasty), Text())
         select new FieldEdit(row, column, value))
        .ArrayOf().Resize(4).Where(edits => edits.Length > 0);

    private static Gen<T[]> Sequence<T>(this Gen<T>[] gens) =>
        gens.Aggregate(Gen.Constant(Array.Empty<T>()), (all, next) => from xs in all from x in next select xs.Append(x).ToArray());

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
