using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Reports.Model;

/// <summary>The English brief's phrases, word for word as the brief has always read.</summary>
internal sealed class EnglishBriefWords(Words core) : BriefWords
{
    public override Words Core => core;

    public override string Caveat => "Figures are as reported by the sources cited and have not been independently verified.";
    public override string DisputedNote => "Disputed: not used as a key figure.";

    public override string KeyNoun(Metric metric, Unit unit, string noun) => (metric, unit) switch
    {
        (Metric.Idps, Unit.Percent) => "of the population living in displacement",
        (Metric.Combatants, _) => "of the population counted as fighters",
        (Metric.ChildrenShare, _) => "of the group counted were children",
        (Metric.HealthAttacks, Unit.Percent) => "of health facilities hit or out of service",
        (Metric.SchoolAttacks, Unit.Percent) => "of schools hit or out of use",
        (_, Unit.Percent) => $"of the population ({Vocabulary.Name(metric).Replace('_', ' ')})",
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

    public override string KeySpread(int figures, int sources, string spread, bool flow) =>
        $"All {figures} figures from {(sources == 1 ? "1 source" : $"{sources} sources")}: {spread}{(flow ? ", over different periods" : "")}";

    public override string KeyDerived(string qualifier, string number, string how) =>
        $"Derived, not reported: {qualifier} {number} people ({how})".Replace("  ", " ");

    public override string ShareOf(Metric metric, string value) => metric switch
    {
        Metric.Idps => $"{value} are displaced",
        Metric.Combatants => $"{value} are fighters",
        Metric.ChildrenShare => $"{value} are children",
        Metric.InNeed => $"{value} are in need",
        _ => $"{value} ({Vocabulary.Name(metric)})",
    };

    public override string DerivedValue(string qualifier, string number) => $"{qualifier} {number} (derived)".Trim();
    public override string TableShare(string value) => $"{value} (a share)";
    public override string DisputedMark => " (disputed)";

    public override IReadOnlyList<(string Heading, string Text)> MethodNote(string fingerprint, string issued) =>
    [
        ("How figures are curated.", "Every figure in this brief is one row of the Figures dataset: one number from one article, with the article's exact words. A curator records every count of people, households or localities, every death toll and every proportion, and the tool refuses a row whose quote does not state its number. Dates, publishers and periods are recorded only when the article states them."),
        ("Qualifiers.", "“More than” and “at least” give a lower bound; “up to” and “less than” an upper bound; “about” covers “some”, “around”, “nearly” and “estimated”. Every number here keeps its source's qualifier and its source's noun (“civilians”, “Syrians”), and a proportion stays a proportion."),
        ("Dates.", "A figure dated only by its article's publication is shown as reported on that date, not as the date its author gave it. Where the article words a period (“a five-month assault”, “the past six months”), those words are kept. “Date not stated” means the article gives none."),
        ("Which figure is the key figure.", "For each measure, the key figure is the undisputed one with the best standing: a figure attributed to a named body comes before an unattributed one, a dated one before an undated one, a figure from a primary source (a UN agency, a humanitarian organisation, a monitor) before one from a secondary source, and then the most recent. The line under it gives what all sources report for the same measure."),
        ("Disputed figures.", "When the dataset records that two figures contradict each other, the one with the weaker standing is disputed (both are, when neither is stronger). A disputed figure is never a key figure and is not in the overview: it appears under “Where sources disagree”, beside the figures that contradict it, and is marked in the table."),
        ("Derived values.", "A derived value is worked out by Figures from reported figures of the same article, such as a share of a population turned into a number of people. It is always labelled derived and is never a reported figure."),
        ("Data.", $"This brief rests on the dataset file with fingerprint {fingerprint}; two briefs with the same fingerprint rest on the same figures. It carries the date of issue {issued}."),
    ];

    public override string Projection(string quote, string who, string citation) => $"A projection, in the source's words: {quote} ({who}; {citation}).";

    public override string CountClause(Metric metric, Unit unit, string subject, bool one, string place)
    {
        var were = one ? "was" : "were";
        return (metric, unit) switch
        {
            (Metric.Displaced, _) => $"{subject} {were} displaced{place}",
            (Metric.Idps, _) => $"{subject} {were} living in displacement{place}",
            (Metric.Population, _) => $"{subject} {were} living{place}",
            (Metric.Killed, _) => $"{subject} {were} killed{place}",
            (Metric.LocalitiesAttacked, _) => $"{subject} {were} attacked{place}",
            (Metric.Combatants, _) => $"{subject} {were} counted as fighters{place}",
            (Metric.Injured, _) => $"{subject} {were} injured{place}",
            (Metric.InNeed, _) => $"{subject} {were} in need of humanitarian assistance{place}",
            // Attacks are counted in facilities or incidents, not in the people a quote's noun names.
            (Metric.HealthAttacks, Unit.Facilities) => $"{subject} {were} hit or put out of service{place}",
            (Metric.HealthAttacks, _) => $"{subject} on health care {were} recorded{place}",
            (Metric.SchoolAttacks, Unit.Facilities) => $"{subject} {were} hit or put out of use{place}",
            (Metric.SchoolAttacks, _) => $"{subject} on schools {were} recorded{place}",
            _ => $"{subject}{place}",
        };
    }

    public override string? FacilityNoun(Metric metric, decimal count, bool one) => metric switch
    {
        Metric.HealthAttacks => one ? "health facility" : "health facilities",
        Metric.SchoolAttacks => one ? "school" : "schools",
        _ => null,
    };

    public override string InPlace(string location) =>
        location.Length == 0 ? ""
        : location.StartsWith("to ", StringComparison.Ordinal) || location.StartsWith("in ", StringComparison.Ordinal) ? " " + location
        : " in " + location;

    public override string ShareClause(Metric metric, string share, string location, bool one, string quote)
    {
        // Children's share is of a group the quote names ("of those displaced"), not of the population: say so in its words.
        if (metric == Metric.ChildrenShare) return $"children were {share} of the group counted in {core.Quote(quote)}";
        var of = location.Length > 0 ? $" of the population of {location}" : " of the population";
        var group = metric switch
        {
            Metric.Idps => "displaced people",
            Metric.Combatants => "fighters",
            Metric.Population => "residents",
            Metric.InNeed => "in need",
            Metric.Injured => "injured",
            _ => Vocabulary.Name(metric),
        };
        return $"{share}{of} {(one ? "was" : "were")} {group}";
    }

    // "the UN", "the United Nations", "UN OCHA", "activists and humanitarian workers".
    public override string AttributionClause(string? who, string citation)
    {
        if (who is null) return $"reported without attribution ({citation})";
        var source = who is "UN" || who.StartsWith("United Nations", StringComparison.Ordinal) || who.StartsWith("Syrian Observatory", StringComparison.Ordinal)
            ? "the " + who
            : who;
        return $"according to {source} ({citation})";
    }

    public override string Sentence(string lead, string what, string attribution) =>
        $"{(lead.Length > 0 ? lead + ", " + what : core.Capitalise(what))}, {attribution}.";

    public override string TopicOfSeveral(IReadOnlyList<(Metric Metric, Unit Unit)> measures) =>
        "What sources say about " + core.List(measures.Select(m => Subject(m.Metric, m.Unit)).ToList());

    private static string Subject(Metric metric, Unit unit) => (metric, unit) switch
    {
        (Metric.Idps, Unit.Percent) => "the share displaced",
        (Metric.Idps, _) => "the number displaced",
        (Metric.Displaced, _) => "the number newly displaced",
        (Metric.AtRisk, _) => "the number at risk",
        (Metric.Population, _) => "the population",
        (Metric.Killed, _) => "the number killed",
        (Metric.LocalitiesAttacked, _) => "the places attacked",
        (Metric.Combatants, _) => "the share counted as fighters",
        (Metric.Injured, _) => "the number injured",
        (Metric.InNeed, _) => "the number in need",
        (Metric.HealthAttacks, _) => "attacks on health care",
        (Metric.SchoolAttacks, _) => "attacks on schools",
        (Metric.ChildrenShare, _) => "the share of children",
        _ => Vocabulary.Name(metric),
    };

    public override string DisagreementNote(int figures, int articles, bool noneDated, bool someUndated)
    {
        var sources = articles == 1 ? "one article" : $"{articles} articles";
        var note = $"These {figures} figures, from {sources}, cannot all be true of the same people at the same time; the recorded conflicts between them are shown here rather than resolved.";
        return noneDated ? note + " None of them is dated." : someUndated ? note + " Some of them are not dated." : note;
    }

    public override string DerivedHow(string part, string whole) => $"{part} of {whole}, both in the same article";

    public override string AgeNotice(string dated, int years) =>
        $"The newest figure in this brief dates from {dated}, {(years >= 2 ? $"more than {years} years" : "more than a year")} before its date of issue. The figures describe the situation then, not now.";

    public override string PeriodNotStated => "period not stated";
    public override string WithUndated(string label, int undated) => $"{label} (and {undated} undated figure{(undated == 1 ? "" : "s")})";
    public override string SourcePublisherNotStated => "Publisher not stated";

    public override string TimelineTitle => "Reported figures over time";
    public override string SourcesTitle(Metric metric) => $"What each source reports: {MetricWording.Name(metric)}";

    public override (string KeyFigures, string Overview, string Charts, string Disagreements, string AllFigures, string Sources, string MethodNote) Headings =>
        ("Key figures", "Situation overview", "Charts", "Where sources disagree", "All figures", "Sources", "Method note");
    public override (string Area, string Period, string Issued, string IssuedBy) Facts => ("Area", "Period covered", "Date of issue", "Issued by");
    public override string AllAreas => "all areas in the dataset";
    public override string NotStated => "not stated";
    public override IReadOnlyList<string> TableHeaders { get; } = ["Figure", "Measure", "Where", "When", "Said by", "ID", "Src"];
    public override string? OriginalLanguage => null;
    public override string SameSentence => "The same sentence as quoted above.";
    public override string WorkedOut => "worked out by Figures, not reported";
    public override string From(string how) => $"From {how}.";

    public override string SourceLine(int number, string publisher, string title, string dated, string archived, IReadOnlyList<string> figureIds)
    {
        var quoted = title.Length > 0 ? $"“{title}”" : "untitled";
        var file = archived.Length > 0 ? $" Archived as {archived}." : "";
        return $"[{number}] {publisher}. {quoted}. {dated}.{file} Figures: {string.Join(", ", figureIds)}.";
    }

    public override string Footer(string issued, string fingerprint) => $"Issued {issued} · data fingerprint {fingerprint}";
    public override string PageOf(int number, int total) => $"Page {number} of {total}";
}
