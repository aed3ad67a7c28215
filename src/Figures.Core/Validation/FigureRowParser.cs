using System.Globalization;
using static System.FormattableString;
using Figures.Core.Model;
using Figures.Core.Text;
using Figures.Core.Query;

namespace Figures.Core.Validation;

/// <summary>
/// Turns one row of fields into a <see cref="Figure"/>, checking every field and reporting
/// every problem of the row, not just the first. Pure: no I/O, no state.
/// </summary>
public static partial class FigureRowParser
{
    // A quote full of numbers must not turn into a message full of numbers.
    private const int MaxListed = 6;

    /// <summary>
    /// Checks every field of a row and reports every problem, reading the fields as spans: a valid
    /// row allocates nothing here. The typed values are set only when the row is valid.
    /// </summary>
    internal static bool TryCheck(RowFields row, List<FieldProblem> problems, out RowValues values)
    {
        var before = problems.Count;
        values = default;

        var id = row[FigureColumns.Id];
        Required(id, FigureColumns.Id, "id", problems);
        // A blank id is only "required"; any other is held to the id alphabet.
        if (id.Length > 0 && IdAlphabet.Problem(id) is { } idProblem && !id.IsWhiteSpace()) problems.Add(new FieldProblem(FigureColumns.Id, idProblem));
        // Direct calls, not a parser delegate: a delegate to a static method goes through a thunk, on every row.
        var metric = Vocabulary.TryParseMetric(row[FigureColumns.Metric], out var parsedMetric)
            ? parsedMetric
            : Unknown<Metric>(row[FigureColumns.Metric], FigureColumns.Metric, "metric", Vocabulary.MetricSpellings, problems);
        var unit = Vocabulary.TryParseUnit(row[FigureColumns.Unit], out var parsedUnit)
            ? parsedUnit
            : Unknown<Unit>(row[FigureColumns.Unit], FigureColumns.Unit, "unit", Vocabulary.UnitSpellings, problems);
        var qualifier = Vocabulary.TryParseQualifier(row[FigureColumns.Qualifier], out var parsedQualifier)
            ? parsedQualifier
            : Unknown<Qualifier>(row[FigureColumns.Qualifier], FigureColumns.Qualifier, "qualifier", Vocabulary.QualifierSpellings, problems);

        decimal? value = null;
        if (FieldFormats.TryParseValue(row[FigureColumns.Value], "value", out var parsedValue, out var valueError)) value = parsedValue;
        else problems.Add(new FieldProblem(FigureColumns.Value, valueError!));

        decimal? valueMax = null;
        if (row[FigureColumns.ValueMax].Length > 0)
        {
            if (FieldFormats.TryParseValue(row[FigureColumns.ValueMax], "value_max", out var parsedMax, out var maxError)) valueMax = parsedMax;
            else problems.Add(new FieldProblem(FigureColumns.ValueMax, maxError!));
        }

        if (unit is { } counted && counted != Unit.Percent)
        {
            // A count is whole. "38.500" people is 38,500 typed with a '.' grouping thousands, as
            // de-DE and tr-TR spreadsheets show it, and must not be read as thirty-eight and a half.
            if (value is not null && NotACount(row[FigureColumns.Value], value.Value, "value", counted) is { } valueMessage)
            {
                problems.Add(new FieldProblem(FigureColumns.Value, valueMessage));
                value = null;
            }
            if (valueMax is not null && NotACount(row[FigureColumns.ValueMax], valueMax.Value, "value_max", counted) is { } maxMessage)
            {
                problems.Add(new FieldProblem(FigureColumns.ValueMax, maxMessage));
                valueMax = null;
            }
        }
        if (unit == Unit.Percent)
        {
            if (value > 100m) problems.Add(PercentAbove100(FigureColumns.Value, "value", value.Value));
            if (valueMax > 100m) problems.Add(PercentAbove100(FigureColumns.ValueMax, "value_max", valueMax.Value));
        }
        if (value is not null && valueMax is not null && valueMax <= value)
            problems.Add(MaxNotAboveValue(valueMax.Value, value.Value));

        var periodStart = OptionalDate(row[FigureColumns.PeriodStart], FigureColumns.PeriodStart, "period_start", problems);
        var periodEnd = OptionalDate(row[FigureColumns.PeriodEnd], FigureColumns.PeriodEnd, "period_end", problems);
        var published = OptionalDate(row[FigureColumns.Published], FigureColumns.Published, "published", problems);
        if (periodStart > periodEnd)
            problems.Add(StartAfterEnd(periodStart.Value, periodEnd!.Value));
        if (metric is { } m && Vocabulary.KindOf(m) != MetricKind.Flow && periodStart is not null)
            problems.Add(CountWithAStart(m));
        if (metric is { } measured && unit is { } given && !Vocabulary.Fits(measured, given))
            problems.Add(UnitDoesNotFit(measured, given));

        var pcode = row[FigureColumns.Admin1Pcode];
        var iso3 = row[FigureColumns.CountryIso3];
        if (pcode.Length > 0 && !IsPcode(pcode))
            problems.Add(Malformed(FigureColumns.Admin1Pcode, pcode, "admin1_pcode '{0}' is not a p-code such as SY07"));
        else AdminAreaCheck.Check(row[FigureColumns.Admin1], pcode, iso3, problems);
        if (iso3.Length > 0 && !IsIso3(iso3))
            problems.Add(Malformed(FigureColumns.CountryIso3, iso3, "country_iso3 '{0}' is not an ISO 3166 alpha-3 code such as SYR"));

        var url = row[FigureColumns.Url];
        if (url.Length > 0 && !IsWebAddress(url))
            problems.Add(Malformed(FigureColumns.Url, url, "url '{0}' is not an absolute http(s) address"));
        if (url.Length == 0 && row[FigureColumns.SourceFile].Length == 0)
            problems.Add(new FieldProblem(FigureColumns.Url, "a figure needs a url or a source_file to be traceable"));

        var quote = row[FigureColumns.Quote];
        Required(quote, FigureColumns.Quote, "quote", problems);
        if (quote.Length > 0 && value is not null && unit is not null)
            CheckQuoteStates(quote, value.Value, valueMax, unit.Value, problems);

        if (row[FigureColumns.ConflictsWith].Length > 0) ConflictsField.Check(row[FigureColumns.ConflictsWith], row[FigureColumns.Id], problems);

        if (problems.Count > before) return false;
        values = new RowValues(metric!.Value, unit!.Value, qualifier!.Value, value!.Value, valueMax, periodStart, periodEnd, published);
        return true;
    }

    /// <summary>The facets of a checked row: what a reader needs to decide whether to keep it.</summary>
    internal static FigureFacets Facets(RowFields row, in RowValues values) =>
        new(values.Metric, values.Qualifier, row[FigureColumns.Admin1], row[FigureColumns.Admin1Pcode], row[FigureColumns.CountryIso3],
            row[FigureColumns.Publisher], values.PeriodStart, values.PeriodEnd);

    /// <summary>The figure of a checked row.</summary>
    internal static Figure Build(RowFields row, in RowValues values, StringPool? pool) => new()
    {
        Id = row.String(FigureColumns.Id),
        Metric = values.Metric,
        Value = values.Value,
        ValueMax = values.ValueMax,
        Unit = values.Unit,
        Qualifier = values.Qualifier,
        Location = Pooled(row, FigureColumns.Location, pool),
        Admin1 = Pooled(row, FigureColumns.Admin1, pool),
        Admin1Pcode = Pooled(row, FigureColumns.Admin1Pcode, pool),
        CountryIso3 = Pooled(row, FigureColumns.CountryIso3, pool),
        PeriodStart = values.PeriodStart,
        PeriodEnd = values.PeriodEnd,
        AttributedTo = Pooled(row, FigureColumns.AttributedTo, pool),
        Publisher = Pooled(row, FigureColumns.Publisher, pool),
        Title = Pooled(row, FigureColumns.Title, pool),
        Published = values.Published,
        Url = row.String(FigureColumns.Url),
        SourceFile = row.String(FigureColumns.SourceFile),
        Quote = row.String(FigureColumns.Quote),
        Notes = Pooled(row, FigureColumns.Notes, pool),
        ConflictsWith = row.String(FigureColumns.ConflictsWith),
    };

    // Why a count's value is not a whole number, or null when it is one. The value is a plain
    // number here (digits, at most one '.'): without a '.', it is whole.
    private static string? NotACount(ReadOnlySpan<char> text, decimal value, string column, Unit unit) =>
        text.Contains('.') ? NotACountWithADot(text, value, column, unit) : null;

    // "38.500" is one to three digits, a dot and three.
    private static string? NotACountWithADot(ReadOnlySpan<char> text, decimal value, string column, Unit unit)
    {
        var dot = text.IndexOf('.');
        var unitName = Vocabulary.Name(unit);
        if (dot is >= 1 and <= 3 && text.Length - dot - 1 == 3)
        {
            var grouped = string.Concat(text[..dot], text[(dot + 1)..]);
            var read = value.ToString("0.###", CultureInfo.InvariantCulture);
            return value == decimal.Truncate(value)
                ? $"{column} '{text}' is ambiguous for a count of {unitName}: {read} or {grouped}? Write {grouped} if '.' groups thousands here, else {read}"
                : $"{column} '{text}' reads as {read} {unitName}, and a count is a whole number; if '.' groups thousands here, write {grouped}";
        }
        if (value == decimal.Truncate(value)) return null;
        return $"{column} '{text}' is not a whole number of {unitName}; counts are whole (1.8 million is 1800000)";
    }

    // The messages of TryCheck's rarer problems, built out of line: TryCheck runs on every row and is
    // recompiled once it is hot, and the code that formats these messages only made that slower.
    private static FieldProblem PercentAbove100(int index, string column, decimal value) =>
        new(index, Invariant($"{column} {value} is a percent above 100"));

    private static FieldProblem MaxNotAboveValue(decimal valueMax, decimal value) =>
        new(FigureColumns.ValueMax, Invariant($"value_max {valueMax} must be greater than value {value}"));

    private static FieldProblem StartAfterEnd(DateOnly start, DateOnly end) =>
        new(FigureColumns.PeriodStart, Invariant($"period_start {start:yyyy-MM-dd} is after period_end {end:yyyy-MM-dd}"));

    private static FieldProblem CountWithAStart(Metric metric) =>
        new(FigureColumns.PeriodStart, $"metric '{Vocabulary.Name(metric)}' is a count at a date: give only period_end (its as-of date)");

    private static FieldProblem UnitDoesNotFit(Metric metric, Unit unit) =>
        new(FigureColumns.Unit, $"unit '{Vocabulary.Name(unit)}' does not fit metric '{Vocabulary.Name(metric)}'; it is counted in {string.Join(" or ", Vocabulary.UnitsOf(metric).Select(Vocabulary.Name))}");

    // The message names the field as given, {0} standing for it.
    private static FieldProblem Malformed(int index, ReadOnlySpan<char> field, string message) =>
        new(index, string.Format(CultureInfo.InvariantCulture, message, Echo.Show(field.ToString())));

    // SY07: two capital letters and two digits.
    private static bool IsPcode(ReadOnlySpan<char> text) =>
        text.Length == 4 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]);

    // SYR: three capital letters.
    private static bool IsIso3(ReadOnlySpan<char> text) =>
        text.Length == 3 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && char.IsAsciiLetterUpper(text[2]);

    private static string Pooled(RowFields row, int column, StringPool? pool) => pool is null ? row.String(column) : pool.Get(row[column]);

    // A Uri is built only when the cheap test cannot vouch for the address, which a well-formed
    // http(s) address of plain ASCII never needs: this runs on every row of a large file.
    private static bool IsWebAddress(ReadOnlySpan<char> url)
    {
        if (WebAddress.IsPlain(url)) return true;
        return Uri.TryCreate(url.ToString(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
    }

    private static void CheckQuoteStates(ReadOnlySpan<char> quote, decimal value, decimal? valueMax, Unit unit, List<FieldProblem> problems)
    {
        var percent = unit == Unit.Percent;
        var valueInDigits = DigitsFastPath.States(quote, value, percent);
        var maxInDigits = valueMax is not { } top || DigitsFastPath.States(quote, top, percent);
        if (valueInDigits && maxInDigits) return;
        CheckQuoteReading(quote.ToString(), value, valueMax, percent, valueInDigits, maxInDigits, problems);
    }

    // Numbers in words or with scales ("1.8 million", "about half") need the full reading, done once.
    // A method of its own because its lambdas share a closure, which C# allocates on entry to the
    // method that holds them: in CheckQuoteStates that was one object for every row of a file.
    private static void CheckQuoteReading(string quote, decimal value, decimal? valueMax, bool percent, bool valueInDigits, bool maxInDigits, List<FieldProblem> problems)
    {
        var mentions = NumberFinder.Find(quote);
        bool Mentioned(decimal expected) => mentions.Any(mention => mention.IsPercent == percent && mention.Value == expected);
        if ((valueInDigits || Mentioned(value)) && (maxInDigits || Mentioned(valueMax!.Value))) return;
        foreach (var expected in valueMax is { } max ? [value, max] : new[] { value })
        {
            if (Mentioned(expected)) continue;
            var stated = mentions.Select(mention => mention.IsPercent ? Invariant($"{mention.Value}%") : Invariant($"{mention.Value}")).Distinct().ToList();
            var said = stated.Count == 0
                ? "it states no number"
                : "it states " + string.Join(", ", stated.Take(MaxListed)) + (stated.Count > MaxListed ? Invariant($" and {stated.Count - MaxListed} more") : "");
            problems.Add(new FieldProblem(FigureColumns.Quote, Invariant($"quote does not state the figure {expected}{(percent ? "%" : "")}; {said}")));
        }
    }

    private static void Required(ReadOnlySpan<char> text, int index, string column, List<FieldProblem> problems)
    {
        // A field that starts with a visible ASCII character is not blank (every white-space character is a control, a space or above ASCII).
        if (text.Length > 0 && text[0] is > ' ' and < '\u007F') return;
        if (text.Trim().Length == 0) problems.Add(new FieldProblem(index, $"{column} is required"));
    }

    private static DateOnly? OptionalDate(ReadOnlySpan<char> text, int index, string column, List<FieldProblem> problems)
    {
        if (text.Length == 0) return null;
        if (FieldFormats.TryParseDate(text, column, out var date, out var error)) return date;
        problems.Add(new FieldProblem(index, error!));
        return null;
    }

    // Reports a field that is not a word of its vocabulary; returns null, for the caller's value.
    private static T? Unknown<T>(ReadOnlySpan<char> field, int index, string column, IReadOnlyList<string> spellings, List<FieldProblem> problems)
        where T : struct
    {
        var text = field.ToString();
        if (text.Trim().Length == 0)
        {
            problems.Add(new FieldProblem(index, $"{column} is required (one of {string.Join(", ", spellings)})"));
            return null;
        }
        // A long field is no near miss of a vocabulary word; measuring its distance would only cost time.
        var suggestion = text.Length <= Echo.MaxLength ? Suggest.Closest(text, spellings) : null;
        problems.Add(new FieldProblem(index, suggestion is null
            ? $"unknown {column} '{Echo.Show(text)}'; expected one of {string.Join(", ", spellings)}"
            : $"unknown {column} '{Echo.Show(text)}'; did you mean '{suggestion}'?"));
        return null;
    }
}
