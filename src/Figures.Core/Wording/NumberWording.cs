using System.Globalization;
using Figures.Core.Model;

namespace Figures.Core.Wording;

/// <summary>
/// Words figures for reading: "more than 38,500 people", "about 3 million people", "about half".
/// Never rounds a number into something the source did not say.
/// </summary>
public static class NumberWording
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The full reading of a figure, qualifier and unit included.</summary>
    public static string Describe(Figure figure)
    {
        var qualifier = QualifierPhrase(figure.Qualifier);
        if (figure.Unit == Unit.Percent)
        {
            var share = figure.ValueMax is { } maxShare
                ? $"{Percent(figure.Value)} to {Percent(maxShare)}"
                : Percent(figure.Value);
            return Join(qualifier, share);
        }
        var number = figure.ValueMax is { } max
            ? $"between {Number(figure.Value)} and {Number(max)}"
            : Number(figure.Value);
        var noun = UnitNoun(figure.Unit, figure.ValueMax ?? figure.Value);
        return Join(figure.ValueMax is null ? qualifier : "", number, noun);
    }

    /// <summary>The value alone, with its qualifier but without the unit: "more than 38,500".</summary>
    public static string Value(Figure figure)
    {
        var number = figure.Unit == Unit.Percent ? Percent(figure.Value) : Number(figure.Value);
        if (figure.ValueMax is { } max)
            number += " to " + (figure.Unit == Unit.Percent ? Percent(max) : Number(max));
        return Join(figure.ValueMax is null ? QualifierPhrase(figure.Qualifier) : "", number);
    }

    /// <summary>
    /// The span from one figure to another, each keeping its own qualifier: "more than 38,500 to about 1 million",
    /// "700,000 to about 2.5 million". A range never drops the words that made either end what it is.
    /// </summary>
    public static string Span(Figure low, Figure high)
    {
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(high);
        var from = Value(low);
        // A range's upper end is stated as such: "between 10 and 20" reaches 20, not "about 20".
        var to = high.ValueMax is { } max ? (high.Unit == Unit.Percent ? Percent(max) : Number(max)) : Value(high);
        return from == to ? from : $"{from} to {to}";
    }

    /// <summary>
    /// A number for reading: "38,500", "1.8 million", "2.5 million". Millions are used only when they
    /// are exact to two decimals, so "1,234,567" is never shortened into a rounded claim.
    /// </summary>
    public static string Number(decimal value)
    {
        if (value >= 1_000_000_000m && value % 10_000_000m == 0)
            return Trim(value / 1_000_000_000m) + " billion";
        if (value >= 1_000_000m && value % 10_000m == 0)
            return Trim(value / 1_000_000m) + " million";
        return value == decimal.Truncate(value)
            ? value.ToString("#,0", Invariant)
            : value.ToString("#,0.##", Invariant);
    }

    /// <summary>A proportion for reading: "half", "a quarter", "76%".</summary>
    public static string Percent(decimal value) => value switch
    {
        50m => "half",
        25m => "a quarter",
        75m => "three quarters",
        100m => "all",
        33.3m or 33m => "a third",
        66.7m or 67m => "two thirds",
        _ => Trim(value) + "%",
    };

    /// <summary>The words for a qualifier: "more than", "about", "" for exact.</summary>
    public static string QualifierPhrase(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Approximately => "about",
        Qualifier.MoreThan => "more than",
        Qualifier.LessThan => "less than",
        Qualifier.AtLeast => "at least",
        Qualifier.AtMost => "up to",
        _ => "",
    };

    /// <summary>The noun for a count of a unit: people, households, localities.</summary>
    public static string UnitNoun(Unit unit, decimal count) => (unit, count == 1m) switch
    {
        (Unit.People, true) => "person",
        (Unit.People, false) => "people",
        (Unit.Households, true) => "household",
        (Unit.Households, false) => "households",
        (Unit.Localities, true) => "locality",
        (Unit.Localities, false) => "localities",
        (Unit.Facilities, true) => "facility",
        (Unit.Facilities, false) => "facilities",
        (Unit.Attacks, true) => "attack",
        (Unit.Attacks, false) => "attacks",
        _ => "",
    };

    /// <summary>A short label for a chart mark: ">38.5k", "~3M", "≥14", "50%".</summary>
    public static string Compact(Figure figure)
    {
        var number = figure.Unit == Unit.Percent ? Trim(figure.Value) + "%" : CompactNumber(figure.Value);
        if (figure.ValueMax is { } max)
            return number + "–" + (figure.Unit == Unit.Percent ? Trim(max) + "%" : CompactNumber(max));
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
    public static string CompactNumber(decimal value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude >= 1_000_000_000m) return Trim(Math.Round(value / 1_000_000_000m, 2)) + "B";
        if (magnitude >= 1_000_000m) return Trim(Math.Round(value / 1_000_000m, 2)) + "M";
        if (magnitude >= 1_000m) return Trim(Math.Round(value / 1_000m, 1)) + "k";
        return Trim(Math.Round(value, 2));
    }

    private static string Trim(decimal value) => value.ToString("0.##", Invariant);

    private static string Join(params string[] parts) => string.Join(' ', parts.Where(p => p.Length > 0));
}
