using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Reports.Model;

/// <summary>
/// The brief's own phrases, shared by every output (the PDF and the HTML report), so both say the same thing
/// by the same rules: the caveat, the key figure boxes, the side-by-side values and the table's value cell.
/// </summary>
public static class BriefWording
{
    /// <summary>The one-line caveat under the header of every brief and report.</summary>
    public const string Caveat = "Figures are as reported by the sources cited and have not been independently verified.";

    /// <summary>What marks a disputed figure where sources disagree.</summary>
    public const string DisputedNote = "Disputed: not used as a key figure.";

    /// <summary>The headline value with its qualifier, capitalised for a box: "More than 38,500".</summary>
    public static string KeyValue(KeyFigure key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Capitalise(NumberWording.Value(key.Headline));
    }

    /// <summary>What the headline counts, in the source's noun: "people newly displaced", "civilians killed", "of the population displaced".</summary>
    public static string KeyNoun(KeyFigure key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var noun = SourceWords.Noun(key.Headline);
        return (key.Metric, key.Unit) switch
        {
            (Metric.Idps, Unit.Percent) => "of the population living in displacement",
            (Metric.Combatants, _) => "of the population counted as fighters",
            (Metric.ChildrenShare, _) => "of the group counted were children",
            (Metric.HealthAttacks, Unit.Percent) => "of health facilities hit or out of service",
            (Metric.SchoolAttacks, Unit.Percent) => "of schools hit or out of use",
            (_, Unit.Percent) => $"of the population ({Vocabulary.Name(key.Metric).Replace('_', ' ')})",
            (Metric.Displaced, _) => $"{noun} newly displaced",
            (Metric.Idps, _) => $"{noun} living in displacement",
            (Metric.Population, _) => $"{noun} living in the area",
            (Metric.AtRisk, _) => $"{noun} at risk of displacement (a projection)",
            (Metric.Killed, _) => $"{noun} killed",
            (Metric.LocalitiesAttacked, _) => "towns and villages attacked",
            (Metric.Injured, _) => $"{noun} injured",
            (Metric.InNeed, _) => $"{noun} in need of humanitarian assistance",
            (Metric.HealthAttacks, Unit.Facilities) => "health facilities hit or put out of service",
            (Metric.HealthAttacks, _) => "attacks on health care",
            (Metric.SchoolAttacks, Unit.Facilities) => "schools hit or put out of use",
            (Metric.SchoolAttacks, _) => "attacks on schools",
            _ => noun,
        };
    }

    /// <summary>What all sources give for the measure, without source marks; null when the measure has one figure.</summary>
    public static string? KeySpread(KeyFigure key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.All.Count < 2) return null;
        var sources = key.SourceCount == 1 ? "1 source" : $"{key.SourceCount} sources";
        var periods = Vocabulary.KindOf(key.Metric) == MetricKind.Flow ? ", over different periods" : "";
        return $"All {key.All.Count} figures from {sources}: {key.Spread()}{periods}";
    }

    /// <summary>The derived value that helps read the headline, labelled as derived; null when there is none.</summary>
    public static string? KeyDerived(KeyFigure key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Derived is { } d
            ? $"Derived, not reported: {NumberWording.QualifierPhrase(d.Qualifier)} {NumberWording.Number(d.Value)} people ({d.How})".Replace("  ", " ")
            : null;
    }

    /// <summary>In a side-by-side list a share must say of what: "half are displaced", "half are fighters".</summary>
    public static string ShareOrValue(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Unit != Unit.Percent ? HighlightWriter.Subject(figure) : figure.Metric switch
        {
            Metric.Idps => $"{NumberWording.Value(figure)} are displaced",
            Metric.Combatants => $"{NumberWording.Value(figure)} are fighters",
            Metric.ChildrenShare => $"{NumberWording.Value(figure)} are children",
            Metric.InNeed => $"{NumberWording.Value(figure)} are in need",
            _ => $"{NumberWording.Value(figure)} ({Vocabulary.Name(figure.Metric)})",
        };
    }

    /// <summary>A derived value beside reported ones: "about 50% (derived)".</summary>
    public static string Derived(DerivedValue derived)
    {
        ArgumentNullException.ThrowIfNull(derived);
        var number = derived.Unit == Unit.Percent ? NumberWording.Percent(derived.Value) : NumberWording.Number(derived.Value);
        return $"{NumberWording.QualifierPhrase(derived.Qualifier)} {number} (derived)".Trim();
    }

    /// <summary>The figure as a table cell: "more than 38,500 people", "about half (a share)", marked when disputed.</summary>
    public static string TableValue(Figure figure, bool disputed)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var value = figure.Unit == Unit.Percent ? $"{NumberWording.Value(figure)} (a share)" : HighlightWriter.Subject(figure);
        return disputed ? value + " (disputed)" : value;
    }

    /// <summary>The method note: run-in headings and their paragraphs, stating the rules every output follows.</summary>
    public static IReadOnlyList<(string Heading, string Text)> MethodNote(BriefModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return
        [
            ("How figures are curated.", "Every figure in this brief is one row of the Figures dataset: one number from one article, with the article's exact words. A curator records every count of people, households or localities, every death toll and every proportion, and the tool refuses a row whose quote does not state its number. Dates, publishers and periods are recorded only when the article states them."),
            ("Qualifiers.", "“More than” and “at least” give a lower bound; “up to” and “less than” an upper bound; “about” covers “some”, “around”, “nearly” and “estimated”. Every number here keeps its source's qualifier and its source's noun (“civilians”, “Syrians”), and a proportion stays a proportion."),
            ("Dates.", "A figure dated only by its article's publication is shown as reported on that date, not as the date its author gave it. Where the article words a period (“a five-month assault”, “the past six months”), those words are kept. “Date not stated” means the article gives none."),
            ("Which figure is the key figure.", "For each measure, the key figure is the undisputed one with the best standing: a figure attributed to a named body comes before an unattributed one, a dated one before an undated one, a figure from a primary source (a UN agency, a humanitarian organisation, a monitor) before one from a secondary source, and then the most recent. The line under it gives what all sources report for the same measure."),
            ("Disputed figures.", "When the dataset records that two figures contradict each other, the one with the weaker standing is disputed (both are, when neither is stronger). A disputed figure is never a key figure and is not in the overview: it appears under “Where sources disagree”, beside the figures that contradict it, and is marked in the table."),
            ("Derived values.", "A derived value is worked out by Figures from reported figures of the same article, such as a share of a population turned into a number of people. It is always labelled derived and is never a reported figure."),
            ("Data.", $"This brief rests on the dataset file with fingerprint {model.Fingerprint}; two briefs with the same fingerprint rest on the same figures. It carries the date of issue {PeriodWording.Date(model.Issued)}."),
        ];
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
