using System.Text.RegularExpressions;
using Figures.Core.Model;

namespace Figures.Core.Extraction;

/// <summary>
/// Guesses what a quantity counts from the terms around it. Each term belongs to the quantity nearest to it,
/// so "three million people live in the zone, about half of them already displaced" gives population and idps.
/// A term inside a quantity's own phrase ("37 wounded") decides; else a projection ("risks forcing", "could flee")
/// outranks the killed, then the injured, displacement, people in the open or in tents and camps, people in need and population. A term nearer
/// a vague amount ("hundreds more had been injured") belongs to it and to no quantity. Health facilities, schools and attacks go to attacks on health care
/// or on schools; a share that children make up of a group is children's share, not a share of the population.
/// </summary>
public static partial class MetricGuesser
{
    private enum Family { AtRisk, Killed, Injured, Combatants, Displaced, InTheOpen, InShelters, InNeed, Population }

    [GeneratedRegex(@"\b(?:risks?|risking)\s+(?:forcing|displacing|uprooting|sending)|\b(?:could|can|may|might|would|will)\s+(?:try\s+to\s+|soon\s+|also\s+)?(?:displace|force|uproot|flee|be\s+(?:displaced|forced|uprooted))\b|\bat\s+risk\s+of\b|\bthreaten(?:s|ed|ing)?\s+(?:to\s+)?(?:displace|uproot)|\bexpected\s+to\s+(?:flee|be\s+displaced)|\bin\s+danger\s+of\s+(?:displacement|being\s+displaced)|\bprojected\s+to\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AtRisk();

    [GeneratedRegex(@"\b(?:killed|killing|deaths?|died|dead|death\s+toll|toll|lost\s+their\s+lives|fatalities)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Killed();

    [GeneratedRegex(@"\b(?:rebels|fighters|militants|combatants|insurgents|jihadists|gunmen)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Combatants();

    [GeneratedRegex(@"\b(?:injured|injuring|injuries|wounded|wounding|hurt)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Injured();

    [GeneratedRegex(@"\b(?:(?:sheltering|living|staying|sleeping|stranded)\s+)?(?:in\s+the\s+open(?:\s+air)?|in\s+open\s+areas|under\s+(?:the\s+)?(?:olive\s+)?trees|without\s+(?:any\s+)?shelter)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InTheOpen();

    // Where displaced people live: "living in tents", "staying in camps", "sheltering in unfinished buildings".
    [GeneratedRegex(@"\b(?:living|sheltering|staying|sleeping|crowded)\s+(?:in|into)\s+(?:tents|camps|informal\s+settlements|collective\s+(?:centres|centers|shelters)|reception\s+centres|unfinished\s+buildings)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InShelters();

    [GeneratedRegex(@"\bin\s+need\b|\b(?:need(?:s|ed|ing)?|require(?:s|d)?|requiring)\s+(?:of\s+)?(?:urgent\s+|life-saving\s+)?(?:humanitarian\s+|health\s+|food\s+|medical\s+|shelter\s+|protection\s+)?(?:assistance|aid|help|support|protection)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InNeed();

    // What happens to a health facility or a school in a situation report: hit, damaged, put out of service.
    [GeneratedRegex(@"\b(?:bombed|shelled|attacked|struck|hit|targeted|raided|bombarded|shelling|bombing|air\s*strikes?|airstrikes?|damaged|destroyed|affected\s+by|out\s+of\s+(?:service|use|action)|suspended|occupied)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FacilityHit();

    [GeneratedRegex(@";|,\s*(?:and|but|while|whereas)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    // "fewer than 10,000 of the nearly one million people who fled": the part is not what the whole did.
    [GeneratedRegex(@"^\s+of\s+(?:the\s+|those\s+)?(?:(?:some|about|around|nearly|almost|over|more\s+than|an\s+estimated)\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|ten\b|a\s+(?:million|thousand)\b|half\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartOfNumber();

    [GeneratedRegex(@"^(?:schools?|kindergartens?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SchoolNoun();

    [GeneratedRegex(@"^(?:hospitals?|clinics?|centres?|centers?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HealthNoun();

    [GeneratedRegex(@"\b(?:health|medical|hospitals?|clinics?|ambulances?|paramedics?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HealthWord();

    [GeneratedRegex(@"\b(?:schools?|education|educational|kindergartens?|classrooms?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SchoolWord();

    // "Children account for about 60 per cent", "children make up half": children, the subject, before the share.
    [GeneratedRegex(@"\b(?:children|minors)\s+(?:now\s+)?(?:account\s+for|make\s+up|makes\s+up|represent|constitute|comprise|are|were)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|roughly|an\s+estimated)\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChildrenBefore();

    // "57 per cent of those displaced since December are children under the age of 18", "... are minors".
    [GeneratedRegex(@"^\s+of\s+(?:(?:them|those|the|all)\b[^.;:]{0,60}?\s+(?:are|were|being)|them,?|whom,?)\s+(?:children|minors|under\s+(?:the\s+age\s+of\s+)?18)\b(?!\s+and\b|\s+or\b|\s+(?:aged\s+)?under\s+(?!(?:the\s+age\s+of\s+)?18\b))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChildrenAfter();

    [GeneratedRegex(@"\b(?:displaced|displacement|displacing|fled|flee|fleeing|uprooted|forc(?:ed|ing|e)\s+(?:[\p{L}\d,.]+\s+){0,6}?(?:from\s+their\s+homes|to\s+(?:leave|flee))|from\s+their\s+homes|have\s+left|left\s+their\s+homes|IDPs|arrived|arrivals|transported|bussed|(?-i:[Cc]amps))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Displaced();

    [GeneratedRegex(@"\b(?:live|lives|living|home\s+to|population|inhabitants|reside|resident\s+population|remain(?:s|ing)?\s+in(?:side)?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Population();

    [GeneratedRegex(@"\b(?:bombed|shelled|attacked|struck|hit|targeted|raided|stormed|bombarded|shelling|bombing|air\s*strikes?|airstrikes?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Attack();

    [GeneratedRegex(@"\b(?:are|is|remain|remains|already|currently|now|still|internally|long-term)\s+(?:[\p{L}]+\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StockBefore();

    [GeneratedRegex(@"^\s+(?:people|persons|population|families|Syrians)?\s*(?:already\s+|now\s+|still\s+)?(?:make\s+up|makes\s+up|account\s+for|living|live|sheltering|in\s+camps)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StockAfter();

    /// <summary>The metric of <paramref name="quantity"/> among the sentence's <paramref name="quantities"/>, or null when no term says.</summary>
    public static MetricGuess? Guess(string sentence, Quantity quantity, IReadOnlyList<Quantity> quantities)
    {
        if (quantity.Unit is Unit.Facilities or Unit.Attacks) return Attacked(sentence, quantity);
        if (quantity.Unit == Unit.Percent && ChildrenShare(sentence, quantity) is { } children) return children;
        if (quantity.Unit == Unit.Localities)
        {
            var attack = Attack().Match(sentence);
            return attack.Success ? new MetricGuess(Metric.LocalitiesAttacked, attack.Value) : null;
        }
        if (Combatants().IsMatch(quantity.Noun)) return new MetricGuess(Metric.Combatants, quantity.Noun);
        var cues = Cues(sentence);
        var vague = VagueFinder.Spans(sentence);
        cues.RemoveAll(c => vague.Any(v => Distance(c.Match, v.Start, v.End) < Distance(sentence, c.Match, Nearest(sentence, c, quantities))));
        var own = cues.Where(c => Nearest(sentence, c, quantities) == quantity).ToList();
        var inside = own.Where(c => c.Match.Index >= quantity.Start && c.Match.Index < quantity.PhraseEnd).ToList();
        var near = PartOfNumber().IsMatch(sentence[quantity.End..]) ? [] : cues.Where(c => Distance(sentence, c.Match, quantity) < 60).ToList();
        var pick = Best(inside) ?? Best(own) ?? Best(near);
        if (pick is null) return null;
        var (family, match) = pick.Value;
        return family switch
        {
            Family.AtRisk => new MetricGuess(Metric.AtRisk, match.Value),
            Family.Killed => new MetricGuess(Metric.Killed, match.Value),
            Family.Combatants => new MetricGuess(Metric.Combatants, match.Value),
            Family.Population => new MetricGuess(Metric.Population, match.Value),
            Family.Injured => new MetricGuess(Metric.Injured, match.Value),
            Family.InNeed => new MetricGuess(Metric.InNeed, match.Value),
            Family.InTheOpen or Family.InShelters => new MetricGuess(Metric.Idps, match.Value),
            _ => new MetricGuess(IsStock(sentence, match, quantity) || LivesIn().IsMatch(sentence[quantity.PhraseEnd..]) ? Metric.Idps : Metric.Displaced, match.Value),
        };
    }

    private static List<(Family Family, Match Match)> Cues(string sentence)
    {
        var cues = new List<(Family, Match)>();
        void Add(Family family, Regex pattern)
        {
            foreach (Match m in pattern.Matches(sentence)) cues.Add((family, m));
        }
        Add(Family.AtRisk, AtRisk());
        Add(Family.Killed, Killed());
        Add(Family.Injured, Injured());
        Add(Family.Combatants, Combatants());
        Add(Family.InTheOpen, InTheOpen());
        Add(Family.InShelters, InShelters());
        Add(Family.InNeed, InNeed());
        Add(Family.Displaced, Displaced());
        Add(Family.Population, Population());
        return cues;
    }

    // Health facilities and schools count when the sentence says they were hit or put out of service; attacks count as
    // they are. Whose they are (health care or education) comes from the noun, else from the words of the sentence.
    private static MetricGuess? Attacked(string sentence, Quantity quantity)
    {
        string? cue;
        if (quantity.Unit == Unit.Attacks) cue = sentence[quantity.Start..quantity.PhraseEnd];
        else
        {
            // The nearest word for a hit in the same clause: "87 schools were damaged, and another 250 schools were used as shelters".
            var hit = FacilityHit().Matches(sentence)
                .Where(m => !ClauseBreak().IsMatch(m.Index < quantity.Start ? sentence[(m.Index + m.Length)..quantity.Start] : sentence[quantity.PhraseEnd..m.Index]))
                .MinBy(m => Distance(m, quantity.Start, quantity.PhraseEnd));
            if (hit is null) return null;
            cue = hit.Value;
        }
        if (SchoolNoun().IsMatch(quantity.Noun)) return new MetricGuess(Metric.SchoolAttacks, cue);
        if (HealthNoun().IsMatch(quantity.Noun)) return new MetricGuess(Metric.HealthAttacks, cue);
        // "20 attacks on health facilities", "72 health facilities": the words nearest the number decide.
        var near = sentence[Math.Max(0, quantity.Start - 20)..Math.Min(sentence.Length, quantity.PhraseEnd + 30)];
        var health = HealthWord().Match(near);
        var school = SchoolWord().Match(near);
        if (health.Success != school.Success) return new MetricGuess(health.Success ? Metric.HealthAttacks : Metric.SchoolAttacks, cue);
        if (health.Success) return new MetricGuess(health.Index <= school.Index ? Metric.HealthAttacks : Metric.SchoolAttacks, cue);
        if (HealthWord().IsMatch(sentence) && !SchoolWord().IsMatch(sentence)) return new MetricGuess(Metric.HealthAttacks, cue);
        if (SchoolWord().IsMatch(sentence) && !HealthWord().IsMatch(sentence)) return new MetricGuess(Metric.SchoolAttacks, cue);
        return null;
    }

    // "2,500 families are living in tents", "1,100 families living under trees": displaced people where they live now, a stock.
    [GeneratedRegex(@"^\s+(?:(?:are|were|remain|have\s+been)\s+(?:now\s+|still\s+)?)?(?:living|sheltering|staying|sleeping)\s+(?:in|under|on|without)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LivesIn();

    /// <summary>Whether a cue speaks of people in the open ("sheltering in the open", "under olive trees").</summary>
    public static bool IsInTheOpen(string cue) => InTheOpen().IsMatch(cue);

    private static MetricGuess? ChildrenShare(string sentence, Quantity quantity)
    {
        var before = ChildrenBefore().Match(sentence[..quantity.Start]);
        if (before.Success) return new MetricGuess(Metric.ChildrenShare, before.Value.Trim());
        var after = ChildrenAfter().Match(sentence[quantity.End..]);
        return after.Success ? new MetricGuess(Metric.ChildrenShare, after.Value.Trim()) : null;
    }

    private static (Family Family, Match Match)? Best(List<(Family Family, Match Match)> cues) =>
        cues.Count == 0 ? null : cues.OrderBy(c => (int)c.Family).First();

    private static Quantity Nearest(string sentence, (Family Family, Match Match) cue, IReadOnlyList<Quantity> quantities) =>
        quantities.MinBy(q => Distance(sentence, cue.Match, q))!;

    // Characters between a term and a quantity's phrase (number through counted noun); zero when they overlap, and when
    // the term governs the number as its object ("killed ten health workers", "injured a further 22").
    private static int Distance(string sentence, Match cue, Quantity quantity)
    {
        var cueEnd = cue.Index + cue.Length;
        if (cueEnd <= quantity.Start && ObjectGap().IsMatch(sentence.AsSpan(cueEnd, quantity.Start - cueEnd))) return 0;
        // "28 children have been killed": the participle of a passive is the quantity's own.
        if (cue.Index >= quantity.PhraseEnd && PassiveGap().IsMatch(sentence.AsSpan(quantity.PhraseEnd, cue.Index - quantity.PhraseEnd))) return 0;
        return Distance(cue, quantity.Start, quantity.PhraseEnd);
    }

    [GeneratedRegex(@"^\s+(?:(?:a\s+further|another|an\s+additional|at\s+least|more\s+than|over|some|about|nearly|almost|around|up\s+to|an\s+estimated)\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ObjectGap();

    [GeneratedRegex(@"^\s+(?:(?:have|has|had)\s+(?:also\s+|reportedly\s+)?been|were|was)\s+(?:also\s+|reportedly\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PassiveGap();

    private static int Distance(Match cue, int start, int end)
    {
        if (cue.Index + cue.Length <= start) return start - (cue.Index + cue.Length);
        if (cue.Index >= end) return cue.Index - end;
        return 0;
    }

    // "1.8 million are displaced", "already displaced", "displaced people make up half": people living in displacement.
    private static bool IsStock(string sentence, Match cue, Quantity quantity)
    {
        if (cue.Value is "IDPs" || cue.Value.StartsWith("camp", StringComparison.OrdinalIgnoreCase)) return true;
        if (!cue.Value.StartsWith("displaced", StringComparison.OrdinalIgnoreCase)) return false;
        if (quantity.Unit == Unit.Percent) return true;
        var before = sentence[Math.Max(0, cue.Index - 30)..cue.Index];
        return StockBefore().IsMatch(before) || StockAfter().IsMatch(sentence[(cue.Index + cue.Length)..]);
    }
}
