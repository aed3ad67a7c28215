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
    public static string KeyValue(KeyFigure key) => KeyValue(key, BriefWords.English);

    /// <summary>The headline value with its qualifier, in a language.</summary>
    public static string KeyValue(KeyFigure key, BriefWords words)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(words);
        return words.Core.Capitalise(NumberWording.Value(key.Headline, words.Core));
    }

    /// <summary>What the headline counts, in the source's noun: "people newly displaced", "civilians killed", "of the population displaced".</summary>
    public static string KeyNoun(KeyFigure key) => KeyNoun(key, BriefWords.English);

    /// <summary>What the headline counts, in a language.</summary>
    public static string KeyNoun(KeyFigure key, BriefWords words)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(words);
        return words.KeyNoun(key.Metric, key.Unit, SourceWords.Noun(key.Headline, words.Core));
    }

    /// <summary>What all sources give for the measure, without source marks; null when the measure has one figure.</summary>
    public static string? KeySpread(KeyFigure key) => KeySpread(key, BriefWords.English);

    /// <summary>What all sources give for the measure, in a language.</summary>
    public static string? KeySpread(KeyFigure key, BriefWords words)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(words);
        if (key.All.Count < 2) return null;
        return words.KeySpread(key.All.Count, key.SourceCount, key.Spread(words.Core), Vocabulary.KindOf(key.Metric) == MetricKind.Flow);
    }

    /// <summary>The derived value that helps read the headline, labelled as derived; null when there is none.</summary>
    public static string? KeyDerived(KeyFigure key) => KeyDerived(key, BriefWords.English);

    /// <summary>The derived value that helps read the headline, in a language.</summary>
    public static string? KeyDerived(KeyFigure key, BriefWords words)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(words);
        return key.Derived is { } d
            ? words.KeyDerived(NumberWording.QualifierPhrase(d.Qualifier, words.Core), NumberWording.Number(d.Value, words.Core), d.How)
            : null;
    }

    /// <summary>In a side-by-side list a share must say of what: "half are displaced", "half are fighters".</summary>
    public static string ShareOrValue(Figure figure) => ShareOrValue(figure, BriefWords.English);

    /// <summary>A value or a share that says of what, in a language.</summary>
    public static string ShareOrValue(Figure figure, BriefWords words)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(words);
        return figure.Unit != Unit.Percent ? HighlightWriter.Subject(figure, words.Core) : words.ShareOf(figure.Metric, NumberWording.Value(figure, words.Core));
    }

    /// <summary>A derived value beside reported ones: "about 50% (derived)".</summary>
    public static string Derived(DerivedValue derived) => Derived(derived, BriefWords.English);

    /// <summary>A derived value beside reported ones, in a language.</summary>
    public static string Derived(DerivedValue derived, BriefWords words)
    {
        ArgumentNullException.ThrowIfNull(derived);
        ArgumentNullException.ThrowIfNull(words);
        var number = derived.Unit == Unit.Percent ? NumberWording.Percent(derived.Value, words.Core) : NumberWording.Number(derived.Value, words.Core);
        return words.DerivedValue(NumberWording.QualifierPhrase(derived.Qualifier, words.Core), number);
    }

    /// <summary>The figure as a table cell: "more than 38,500 people", "about half (a share)", marked when disputed.</summary>
    public static string TableValue(Figure figure, bool disputed) => TableValue(figure, disputed, BriefWords.English);

    /// <summary>The figure as a table cell, in a language.</summary>
    public static string TableValue(Figure figure, bool disputed, BriefWords words)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(words);
        var value = figure.Unit == Unit.Percent ? words.TableShare(NumberWording.Value(figure, words.Core)) : HighlightWriter.Subject(figure, words.Core);
        return disputed ? value + words.DisputedMark : value;
    }

    /// <summary>The method note: run-in headings and their paragraphs, stating the rules every output follows.</summary>
    public static IReadOnlyList<(string Heading, string Text)> MethodNote(BriefModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Phrases.MethodNote(model.Fingerprint, PeriodWording.Date(model.Issued, model.Words));
    }
}
