using static System.FormattableString;
using System.Text.RegularExpressions;
using Figures.Core.Model;
using Figures.Core.Text;

namespace Figures.Core.Validation;

/// <summary>
/// Turns one row of fields into a <see cref="Figure"/>, checking every field and reporting
/// every problem of the row, not just the first. Pure: no I/O, no state.
/// </summary>
public static partial class FigureRowParser
{
    [GeneratedRegex(@"^[A-Z]{2}[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pcode();

    [GeneratedRegex(@"^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso3();

    // A quote full of numbers must not turn into a message full of numbers.
    private const int MaxListed = 6;

    /// <summary>Parses a row; the figure is null when any problem makes it unusable.</summary>
    public static Figure? Parse(IReadOnlyList<string> fields, List<FieldProblem> problems)
    {
        var before = problems.Count;
        string F(int index) => index < fields.Count ? fields[index] : "";

        var id = Required(F(FigureColumns.Id), FigureColumns.Id, "id", problems);
        var metric = ParseVocabulary<Metric>(F(FigureColumns.Metric), FigureColumns.Metric, "metric", Vocabulary.TryParseMetric, Vocabulary.MetricSpellings, problems);
        var unit = ParseVocabulary<Unit>(F(FigureColumns.Unit), FigureColumns.Unit, "unit", Vocabulary.TryParseUnit, Vocabulary.UnitSpellings, problems);
        var qualifier = ParseVocabulary<Qualifier>(F(FigureColumns.Qualifier), FigureColumns.Qualifier, "qualifier", Vocabulary.TryParseQualifier, Vocabulary.QualifierSpellings, problems);

        decimal? value = null;
        if (FieldFormats.TryParseValue(F(FigureColumns.Value), "value", out var parsedValue, out var valueError)) value = parsedValue;
        else problems.Add(new FieldProblem(FigureColumns.Value, valueError!));

        decimal? valueMax = null;
        if (F(FigureColumns.ValueMax).Length > 0)
        {
            if (FieldFormats.TryParseValue(F(FigureColumns.ValueMax), "value_max", out var parsedMax, out var maxError)) valueMax = parsedMax;
            else problems.Add(new FieldProblem(FigureColumns.ValueMax, maxError!));
        }

        if (unit == Unit.Percent)
        {
            if (value > 100m) problems.Add(new FieldProblem(FigureColumns.Value, Invariant($"value {value} is a percent above 100")));
            if (valueMax > 100m) problems.Add(new FieldProblem(FigureColumns.ValueMax, Invariant($"value_max {valueMax} is a percent above 100")));
        }
        if (value is not null && valueMax is not null && valueMax <= value)
            problems.Add(new FieldProblem(FigureColumns.ValueMax, Invariant($"value_max {valueMax} must be greater than value {value}")));

        var periodStart = OptionalDate(F(FigureColumns.PeriodStart), FigureColumns.PeriodStart, "period_start", problems);
        var periodEnd = OptionalDate(F(FigureColumns.PeriodEnd), FigureColumns.PeriodEnd, "period_end", problems);
        var published = OptionalDate(F(FigureColumns.Published), FigureColumns.Published, "published", problems);
        if (periodStart > periodEnd)
            problems.Add(new FieldProblem(FigureColumns.PeriodStart, Invariant($"period_start {periodStart:yyyy-MM-dd} is after period_end {periodEnd:yyyy-MM-dd}")));
        if (metric is { } m && Vocabulary.KindOf(m) != MetricKind.Flow && periodStart is not null)
            problems.Add(new FieldProblem(FigureColumns.PeriodStart, $"metric '{Vocabulary.Name(m)}' is a count at a date: give only period_end (its as-of date)"));

        if (F(FigureColumns.Admin1Pcode).Length > 0 && !Pcode().IsMatch(F(FigureColumns.Admin1Pcode)))
            problems.Add(new FieldProblem(FigureColumns.Admin1Pcode, $"admin1_pcode '{Echo.Show(F(FigureColumns.Admin1Pcode))}' is not a p-code such as SY07"));
        if (F(FigureColumns.CountryIso3).Length > 0 && !Iso3().IsMatch(F(FigureColumns.CountryIso3)))
            problems.Add(new FieldProblem(FigureColumns.CountryIso3, $"country_iso3 '{Echo.Show(F(FigureColumns.CountryIso3))}' is not an ISO 3166 alpha-3 code such as SYR"));

        var url = F(FigureColumns.Url);
        if (url.Length > 0 && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            problems.Add(new FieldProblem(FigureColumns.Url, $"url '{Echo.Show(url)}' is not an absolute http(s) address"));
        if (url.Length == 0 && F(FigureColumns.SourceFile).Length == 0)
            problems.Add(new FieldProblem(FigureColumns.Url, "a figure needs a url or a source_file to be traceable"));

        var quote = Required(F(FigureColumns.Quote), FigureColumns.Quote, "quote", problems);
        if (quote.Length > 0 && value is not null && unit is not null)
            CheckQuoteStates(quote, value.Value, valueMax, unit.Value, problems);

        if (problems.Count > before) return null;
        return new Figure
        {
            Id = id,
            Metric = metric!.Value,
            Value = value!.Value,
            ValueMax = valueMax,
            Unit = unit!.Value,
            Qualifier = qualifier!.Value,
            Location = F(FigureColumns.Location),
            Admin1 = F(FigureColumns.Admin1),
            Admin1Pcode = F(FigureColumns.Admin1Pcode),
            CountryIso3 = F(FigureColumns.CountryIso3),
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            AttributedTo = F(FigureColumns.AttributedTo),
            Publisher = F(FigureColumns.Publisher),
            Title = F(FigureColumns.Title),
            Published = published,
            Url = url,
            SourceFile = F(FigureColumns.SourceFile),
            Quote = quote,
            Notes = F(FigureColumns.Notes),
        };
    }

    private static void CheckQuoteStates(string quote, decimal value, decimal? valueMax, Unit unit, List<FieldProblem> problems)
    {
        var percent = unit == Unit.Percent;
        if (NumberFinder.States(quote, value, percent) && (valueMax is not { } top || NumberFinder.States(quote, top, percent))) return;
        var mentions = NumberFinder.Find(quote);
        foreach (var expected in valueMax is { } max ? [value, max] : new[] { value })
        {
            if (mentions.Any(mention => mention.IsPercent == percent && mention.Value == expected)) continue;
            var stated = mentions.Select(mention => mention.IsPercent ? Invariant($"{mention.Value}%") : Invariant($"{mention.Value}")).Distinct().ToList();
            var said = stated.Count == 0
                ? "it states no number"
                : "it states " + string.Join(", ", stated.Take(MaxListed)) + (stated.Count > MaxListed ? Invariant($" and {stated.Count - MaxListed} more") : "");
            problems.Add(new FieldProblem(FigureColumns.Quote, Invariant($"quote does not state the figure {expected}{(percent ? "%" : "")}; {said}")));
        }
    }

    private static string Required(string text, int index, string column, List<FieldProblem> problems)
    {
        if (text.Trim().Length == 0) problems.Add(new FieldProblem(index, $"{column} is required"));
        return text;
    }

    private static DateOnly? OptionalDate(string text, int index, string column, List<FieldProblem> problems)
    {
        if (text.Length == 0) return null;
        if (FieldFormats.TryParseDate(text, column, out var date, out var error)) return date;
        problems.Add(new FieldProblem(index, error!));
        return null;
    }

    private delegate bool TryParse<T>(string text, out T value);

    private static T? ParseVocabulary<T>(string text, int index, string column, TryParse<T> tryParse, IReadOnlyList<string> spellings, List<FieldProblem> problems)
        where T : struct
    {
        if (tryParse(text, out var parsed)) return parsed;
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
