using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Reports.Model;

/// <summary>
/// The brief's own phrase table in one language: section headings, labels, the caveat, the method note and the
/// sentence frames of the overview. The brief's rules (<see cref="BriefWording"/>, <see cref="HighlightWriter"/>,
/// <see cref="DisagreementFinder"/>) decide what is said and fill these frames; numbers, dates and names inside them
/// come from the core table (<see cref="Words"/>), so both tables always speak the same language.
/// </summary>
public abstract class BriefWords
{
    /// <summary>The English brief, as it always read.</summary>
    public static BriefWords English { get; } = new EnglishBriefWords(Words.English);

    /// <summary>The table for a core table's language and digits.</summary>
    public static BriefWords For(Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Language == Language.Arabic ? new ArabicBriefWords(words) : English;
    }

    /// <summary>The core phrase table the brief's numbers, dates and names are worded with.</summary>
    public abstract Words Core { get; }

    /// <summary>A count written in this table's digits: "1,000".</summary>
    public string Count(int count) => Core.Digits(count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The one-line caveat.</summary>
    public abstract string Caveat { get; }
    /// <summary>What marks a disputed figure where sources disagree.</summary>
    public abstract string DisputedNote { get; }
    /// <summary>What a key figure counts, in the source's noun.</summary>
    public abstract string KeyNoun(Metric metric, Unit unit, string noun);
    /// <summary>"All 4 figures from 3 sources: {spread}, over different periods".</summary>
    public abstract string KeySpread(int figures, int sources, string spread, bool flow);
    /// <summary>"Derived, not reported: about 1.5 million people ({how})".</summary>
    public abstract string KeyDerived(string qualifier, string number, string how);
    /// <summary>A share that says of what: "half are displaced".</summary>
    public abstract string ShareOf(Metric metric, string value);
    /// <summary>"about 50% (derived)".</summary>
    public abstract string DerivedValue(string qualifier, string number);
    /// <summary>"about half (a share)".</summary>
    public abstract string TableShare(string value);
    /// <summary>" (disputed)".</summary>
    public abstract string DisputedMark { get; }
    /// <summary>The method note's run-in headings and paragraphs.</summary>
    public abstract IReadOnlyList<(string Heading, string Text)> MethodNote(string fingerprint, string issued);

    /// <summary>"A projection, in the source's words: “…” (UN; The New Arab, 14 September 2018)."</summary>
    public abstract string Projection(string quote, string who, string citation);
    /// <summary>The clause saying what a count counts: "more than 38,500 people were displaced in northwest Syria".</summary>
    public abstract string CountClause(Metric metric, Unit unit, string subject, bool one, string place);
    /// <summary>What facilities a count of attacks counts, in place of "facilities": "health facilities", "schools"; null for a metric whose facilities have no other name.</summary>
    public abstract string? FacilityNoun(Metric metric, decimal count, bool one);
    /// <summary>" in northwest Syria", or "" for no place.</summary>
    public abstract string InPlace(string location);
    /// <summary>
    /// "about half of the population of Idlib were displaced people"; a share of children is of the group its
    /// <paramref name="quote"/> names, not of the population.
    /// </summary>
    public abstract string ShareClause(Metric metric, string share, string location, bool one, string quote);
    /// <summary>"according to the UN (The New Arab, 14 September 2018)", or "reported without attribution (...)".</summary>
    public abstract string AttributionClause(string? who, string citation);
    /// <summary>A whole overview sentence from its parts; <paramref name="lead"/> is empty when the figure has no date of its own.</summary>
    public abstract string Sentence(string lead, string what, string attribution);

    /// <summary>A disagreement's topic when it spans several measures.</summary>
    public abstract string TopicOfSeveral(IReadOnlyList<(Metric Metric, Unit Unit)> measures);
    /// <summary>Why the figures of a disagreement cannot be quoted as one.</summary>
    public abstract string DisagreementNote(int figures, int articles, bool noneDated, bool someUndated);
    /// <summary>How a derived value was worked out: "about half of about 3 million people, both in the same article".</summary>
    public abstract string DerivedHow(string part, string whole);
    /// <summary>The notice on page 1 when the newest figure is old.</summary>
    public abstract string AgeNotice(string dated, int years);
    /// <summary>"period not stated".</summary>
    public abstract string PeriodNotStated { get; }
    /// <summary>"{label} (and 2 undated figures)".</summary>
    public abstract string WithUndated(string label, int undated);
    /// <summary>"Publisher not stated" in the list of sources.</summary>
    public abstract string SourcePublisherNotStated { get; }

    /// <summary>The timeline's title.</summary>
    public abstract string TimelineTitle { get; }
    /// <summary>The sources chart's title.</summary>
    public abstract string SourcesTitle(Metric metric);

    /// <summary>The section headings: Key figures, Situation overview, Charts, Where sources disagree, All figures, Sources, Method note.</summary>
    public abstract (string KeyFigures, string Overview, string Charts, string Disagreements, string AllFigures, string Sources, string MethodNote) Headings { get; }
    /// <summary>The header's labels: Area, Period covered, Date of issue, Issued by.</summary>
    public abstract (string Area, string Period, string Issued, string IssuedBy) Facts { get; }
    /// <summary>"all areas in the dataset".</summary>
    public abstract string AllAreas { get; }
    /// <summary>"not stated".</summary>
    public abstract string NotStated { get; }
    /// <summary>The figure table's column headings.</summary>
    public abstract IReadOnlyList<string> TableHeaders { get; }
    /// <summary>What introduces a quote in another language than the brief's (Arabic: "in the source's original language:"); null in English.</summary>
    public abstract string? OriginalLanguage { get; }
    /// <summary>"The same sentence as quoted above."</summary>
    public abstract string SameSentence { get; }
    /// <summary>"worked out by Figures, not reported".</summary>
    public abstract string WorkedOut { get; }
    /// <summary>"From {how}."</summary>
    public abstract string From(string how);
    /// <summary>One entry of the list of sources.</summary>
    public abstract string SourceLine(int number, string publisher, string title, string dated, string archived, IReadOnlyList<string> figureIds);
    /// <summary>The footer: "Issued {date} · data fingerprint {fingerprint}".</summary>
    public abstract string Footer(string issued, string fingerprint);
    /// <summary>"Page 2 of 5".</summary>
    public abstract string PageOf(int number, int total);
}
