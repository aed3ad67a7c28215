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
    public static string Sentence(Figure figure) => Sentence(figure, BriefWords.English);

    /// <summary>The sentence for a figure, in a language.</summary>
    public static string Sentence(Figure figure, BriefWords words)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(words);
        var core = words.Core;
        if (Vocabulary.KindOf(figure.Metric) == MetricKind.Projection)
            return words.Projection(core.Quote(figure.Quote.Trim()), Core.Wording.Attribution.Who(figure, core), SourceWording.Short(figure, core));
        var one = figure.Value == 1m && figure.ValueMax is null;
        var what = figure.Unit == Unit.Percent
            ? words.ShareClause(figure.Metric, NumberWording.Value(figure, core), figure.Location, figure.Value == 1, figure.Quote.Trim())
            : words.CountClause(figure.Metric, figure.Unit, Subject(figure, words, one), one, words.InPlace(figure.Location));
        var lead = HasOwnDate(figure) || (figure.ReferenceDate is null && !PeriodWording.IsUndated(figure, core))
            ? PeriodWording.Lead(figure, core)
            : "";
        var who = Core.Wording.Attribution.IsAttributed(figure) ? Core.Wording.Attribution.Who(figure, core) : null;
        return words.Sentence(lead, what, words.AttributionClause(who, SourceWording.Short(figure, core)));
    }

    // A figure dated only by its article's publication has no date of its own: the citation gives that date.
    private static bool HasOwnDate(Figure figure) =>
        figure.ReferenceDate is { } date && !(figure.PeriodStart is null && PeriodWording.IsPublicationDate(figure, date)
            && Vocabulary.KindOf(figure.Metric) != MetricKind.Flow);

    // Attacks counted in facilities are named as what they are: "3 health facilities", "12 schools", not "3 facilities".
    private static string Subject(Figure figure, BriefWords words, bool one)
    {
        if (figure.Unit != Unit.Facilities || words.FacilityNoun(figure.Metric, figure.ValueMax ?? figure.Value, one) is not { } facilities)
            return Subject(figure, words.Core);
        var described = NumberWording.Describe(figure, words.Core);
        var unitNoun = NumberWording.UnitNoun(figure.Unit, figure.ValueMax ?? figure.Value, words.Core);
        if (unitNoun.Length == 0 || !described.EndsWith(" " + unitNoun, StringComparison.Ordinal)) return described;
        return described[..^unitNoun.Length] + facilities;
    }

    /// <summary>The number with its qualifier and the source's own noun: "more than 1,000 civilians".</summary>
    public static string Subject(Figure figure) => Subject(figure, Words.English);

    /// <summary>The number with its qualifier and the source's own noun, in a language.</summary>
    public static string Subject(Figure figure, Words words)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(words);
        var described = NumberWording.Describe(figure, words);
        var unitNoun = NumberWording.UnitNoun(figure.Unit, figure.ValueMax ?? figure.Value, words);
        var noun = SourceWords.Noun(figure, words);
        return unitNoun.Length > 0 && noun != unitNoun && described.EndsWith(" " + unitNoun, StringComparison.Ordinal)
            ? described[..^unitNoun.Length] + noun
            : described;
    }
}
