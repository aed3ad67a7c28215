using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Reports.Model;

/// <summary>
/// Writes one sourced sentence per figure, in situation-report style:
/// "Between 1 and 12 September 2018, more than 38,500 people were displaced in northwest Syria,
/// according to UN OCHA (The New Arab, 14 September 2018)."
/// Rules: the qualifier and the source's noun stay with the number; a date that is only the article's
/// appears as the article's date, not as the figure's; a projection is given in the source's own words,
/// so a conditional stays conditional.
/// </summary>
public static class HighlightWriter
{
    /// <summary>The sentence for a figure.</summary>
    public static string Sentence(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (Vocabulary.KindOf(figure.Metric) == MetricKind.Projection)
            return $"A projection, in the source's words: “{figure.Quote.Trim()}” ({Core.Wording.Attribution.Who(figure)}; {SourceWording.Short(figure)}).";
        var what = figure.Unit == Unit.Percent ? ShareClause(figure) : CountClause(figure);
        var lead = HasOwnDate(figure) || (figure.ReferenceDate is null && PeriodWording.Describe(figure) != "date not stated")
            ? PeriodWording.Lead(figure) + ", "
            : "";
        var sentence = lead.Length > 0 ? lead + what : Capitalise(what);
        return $"{sentence}, {Attribution(figure)}.";
    }

    // A figure dated only by its article's publication has no date of its own: the citation gives that date.
    private static bool HasOwnDate(Figure figure) =>
        figure.ReferenceDate is { } date && !(figure.PeriodStart is null && PeriodWording.IsPublicationDate(figure, date)
            && Vocabulary.KindOf(figure.Metric) != MetricKind.Flow);

    private static string CountClause(Figure figure)
    {
        var subject = Subject(figure);
        var place = Place(figure);
        return figure.Metric switch
        {
            // Attacks are counted in facilities or incidents, not in the people a quote's noun names.
            Metric.HealthAttacks when figure.Unit == Unit.Facilities => $"{Counted(figure, "health facility", "health facilities")} {Were(figure)} hit or put out of service{place}",
            Metric.HealthAttacks => $"{subject} on health care {Were(figure)} recorded{place}",
            Metric.SchoolAttacks when figure.Unit == Unit.Facilities => $"{Counted(figure, "school", "schools")} {Were(figure)} hit or put out of use{place}",
            Metric.SchoolAttacks => $"{subject} on schools {Were(figure)} recorded{place}",
            _ => MetricWording.Happened(figure.Metric) is { } happened ? $"{subject} {Were(figure)} {happened}{place}" : $"{subject}{place}",
        };
    }

    /// <summary>The number with its qualifier and the source's own noun: "more than 1,000 civilians".</summary>
    public static string Subject(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var described = NumberWording.Describe(figure);
        var unitNoun = NumberWording.UnitNoun(figure.Unit, figure.ValueMax ?? figure.Value);
        var noun = SourceWords.Noun(figure);
        return unitNoun.Length > 0 && noun != unitNoun && described.EndsWith(" " + unitNoun, StringComparison.Ordinal)
            ? described[..^unitNoun.Length] + noun
            : described;
    }

    // "3 facilities" as what they are: "3 health facilities", "12 schools".
    private static string Counted(Figure figure, string one, string many)
    {
        var described = NumberWording.Describe(figure);
        var unitNoun = NumberWording.UnitNoun(figure.Unit, figure.ValueMax ?? figure.Value);
        if (unitNoun.Length == 0 || !described.EndsWith(" " + unitNoun, StringComparison.Ordinal)) return described;
        return described[..^unitNoun.Length] + (figure.Value == 1m && figure.ValueMax is null ? one : many);
    }

    private static string ShareClause(Figure figure)
    {
        var share = NumberWording.Value(figure);
        // Children's share is of a group the quote names ("of those displaced"), not of the population: say so in its words.
        if (figure.Metric == Metric.ChildrenShare) return $"children were {share} of the group counted in “{figure.Quote.Trim()}”";
        var of = figure.Location.Length > 0 ? $" of the population of {figure.Location}" : " of the population";
        return $"{share}{of} {(figure.Value == 1 ? "was" : "were")} {MetricWording.ShareOf(figure.Metric)}";
    }

    private static string Attribution(Figure figure) =>
        Core.Wording.Attribution.IsAttributed(figure)
            ? $"according to {Source(figure)} ({SourceWording.Short(figure)})"
            : $"reported without attribution ({SourceWording.Short(figure)})";

    // "the UN", "the United Nations", "UN OCHA", "activists and humanitarian workers".
    private static string Source(Figure figure)
    {
        var who = Core.Wording.Attribution.Who(figure);
        return who is "UN" || who.StartsWith("United Nations", StringComparison.Ordinal) || who.StartsWith("Syrian Observatory", StringComparison.Ordinal)
            ? "the " + who
            : who;
    }

    private static string Were(Figure figure) => figure.Value == 1m && figure.ValueMax is null ? "was" : "were";

    private static string Place(Figure figure)
    {
        if (figure.Location.Length == 0) return "";
        var location = figure.Location;
        return location.StartsWith("to ", StringComparison.Ordinal) || location.StartsWith("in ", StringComparison.Ordinal)
            ? " " + location
            : " in " + location;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
