using System.Globalization;
using Figures.Core.Model;

namespace Figures.Core.Wording;

/// <summary>
/// Words figures for reading: "more than 38,500 people", "about 3 million people", "about half".
/// Never rounds a number into something the source did not say. Each rule takes the phrase table of a language
/// (<see cref="Words"/>); without one it words in English.
/// </summary>
public static class NumberWording
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The full reading of a figure, qualifier and unit included.</summary>
    public static string Describe(Figure figure) => Describe(figure, Words.English);

    /// <summary>The full reading of a figure in a language.</summary>
    public static string Describe(Figure figure, Words words)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(words);
        var qualifier = QualifierPhrase(figure.Qualifier, words);
        if (figure.Unit == Unit.Percent)
        {
            var share = figure.ValueMax is { } maxShare
                ? words.FromTo(Percent(figure.Value, words), Percent(maxShare, words))
                : Percent(figure.Value, words);
            return Join(qualifier, share);
        }
        var number = figure.ValueMax is { } max
            ? words.Between(Number(figure.Value, words), Number(max, words))
            : Number(figure.Value, words);
        var noun = UnitNoun(figure.Unit, figure.ValueMax ?? figure.Value, words);
        return Join(figure.ValueMax is null ? qualifier : "", number, noun);
    }

    /// <summary>The value alone, with its qualifier but without the unit: "more than 38,500".</summary>
    public static string Value(Figure figure) => Value(figure, Words.English);

    /// <summary>The value alone in a language.</summary>
    public static string Value(Figure figure, Words words)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(words);
        var number = figure.Unit == Unit.Percent ? Percent(figure.Value, words) : Number(figure.Value, words);
        if (figure.ValueMax is { } max)
            number = words.FromTo(number, figure.Unit == Unit.Percent ? Percent(max, words) : Number(max, words));
        return Join(figure.ValueMax is null ? QualifierPhrase(figure.Qualifier, words) : "", number);
    }

    /// <summary>
    /// The span from one figure to another, each keeping its own qualifier: "more than 38,500 to about 1 million",
    /// "700,000 to about 2.5 million". A range never drops the words that made either end what it is.
    /// </summary>
    public static string Span(Figure low, Figure high) => Span(low, high, Words.English);

    /// <summary>The span from one figure to another in a language.</summary>
    public static string Span(Figure low, Figure high, Words words)
    {
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(high);
        ArgumentNullException.ThrowIfNull(words);
        var from = Value(low, words);
        // A range's upper end is stated as such: "between 10 and 20" reaches 20, not "about 20".
        var to = high.ValueMax is { } max ? (high.Unit == Unit.Percent ? Percent(max, words) : Number(max, words)) : Value(high, words);
        return from == to ? from : words.FromTo(from, to);
    }

    /// <summary>
    /// A number for reading: "38,500", "1.8 million", "2.5 million". Millions are used only when they
    /// are exact to two decimals, so "1,234,567" is never shortened into a rounded claim.
    /// </summary>
    public static string Number(decimal value) => Number(value, Words.English);

    /// <summary>A number for reading in a language and its digits.</summary>
    public static string Number(decimal value, Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (value >= 1_000_000_000m && value % 10_000_000m == 0)
            return words.Billions(words.Digits(Trim(value / 1_000_000_000m)), value / 1_000_000_000m);
        if (value >= 1_000_000m && value % 10_000m == 0)
            return words.Millions(words.Digits(Trim(value / 1_000_000m)), value / 1_000_000m);
        return words.Digits(value == decimal.Truncate(value)
            ? value.ToString("#,0", Invariant)
            : value.ToString("#,0.##", Invariant));
    }

    /// <summary>A proportion for reading: "half", "a quarter", "76%".</summary>
    public static string Percent(decimal value) => Percent(value, Words.English);

    /// <summary>A proportion for reading in a language.</summary>
    public static string Percent(decimal value, Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.ProportionWord(value) ?? words.Digits(words.Percent(Trim(value)));
    }

    /// <summary>The words for a qualifier: "more than", "about", "" for exact.</summary>
    public static string QualifierPhrase(Qualifier qualifier) => QualifierPhrase(qualifier, Words.English);

    /// <summary>The words for a qualifier in a language.</summary>
    public static string QualifierPhrase(Qualifier qualifier, Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Qualifier(qualifier);
    }

    /// <summary>The noun for a count of a unit: people, households, localities.</summary>
    public static string UnitNoun(Unit unit, decimal count) => UnitNoun(unit, count, Words.English);

    /// <summary>The noun for a count of a unit in a language.</summary>
    public static string UnitNoun(Unit unit, decimal count, Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.UnitNoun(unit, count);
    }

    /// <summary>A short label for a chart mark: ">38.5k", "~3M", "≥14", "50%".</summary>
    public static string Compact(Figure figure) => Compact(figure, Words.English);

    /// <summary>A short label for a chart mark in a language.</summary>
    public static string Compact(Figure figure, Words words)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(words);
        var number = figure.Unit == Unit.Percent ? words.Digits(Trim(figure.Value) + "%") : CompactNumber(figure.Value, words);
        if (figure.ValueMax is { } max)
            return number + "–" + (figure.Unit == Unit.Percent ? words.Digits(Trim(max) + "%") : CompactNumber(max, words));
        return CompactSymbol(figure.Qualifier) + number;
    }

    /// <summary>The one-character qualifier mark used on charts.</summary>
    public static string CompactSymbol(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Approximately => "~",
        Qualifier.MoreThan => ">",
        Qualifier.LessThan => "<",
        Qualifier.AtLeast => "≥",
        Qualifier.AtMost => "≤",
        _ => "",
    };

    /// <summary>A compact number: 700k, 1.8M, 38.5k, 950.</summary>
    public static string CompactNumber(decimal value) => CompactNumber(value, Words.English);

    /// <summary>A compact number in a language: "٣٨٫٥ ألف".</summary>
    public static string CompactNumber(decimal value, Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var magnitude = Math.Abs(value);
        if (magnitude >= 1_000_000_000m) return Compact(Math.Round(value / 1_000_000_000m, 2), 9, words);
        if (magnitude >= 1_000_000m) return Compact(Math.Round(value / 1_000_000m, 2), 6, words);
        if (magnitude >= 1_000m) return Compact(Math.Round(value / 1_000m, 1), 3, words);
        return words.Digits(Trim(Math.Round(value, 2)));
    }

    private static string Compact(decimal count, int power, Words words) => words.Compact(words.Digits(Trim(count)), count, power);

    private static string Trim(decimal value) => value.ToString("0.##", Invariant);

    private static string Join(params string[] parts) => string.Join(' ', parts.Where(p => p.Length > 0));
}
