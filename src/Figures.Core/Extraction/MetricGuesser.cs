using System.Text.RegularExpressions;
using Figures.Core.Model;

namespace Figures.Core.Extraction;

/// <summary>
/// Guesses what a quantity counts from the terms around it. Each term belongs to the quantity nearest to it,
/// so "three million people live in the zone, about half of them already displaced" gives population and idps.
/// A projection ("risks forcing", "could flee") outranks displacement, which outranks population.
/// </summary>
public static partial class MetricGuesser
{
    private enum Family { AtRisk, Killed, Combatants, Displaced, Population }

    [GeneratedRegex(@"\b(?:risks?|risking)\s+(?:forcing|displacing|uprooting|sending)|\b(?:could|can|may|might|would|will)\s+(?:try\s+to\s+|soon\s+|also\s+)?(?:displace|force|uproot|flee|be\s+(?:displaced|forced|uprooted))\b|\bat\s+risk\s+of\b|\bthreaten(?:s|ed|ing)?\s+(?:to\s+)?(?:displace|uproot)|\bexpected\s+to\s+(?:flee|be\s+displaced)|\bin\s+danger\s+of\s+(?:displacement|being\s+displaced)|\bprojected\s+to\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AtRisk();

    [GeneratedRegex(@"\b(?:killed|killing|deaths?|died|dead|death\s+toll|lost\s+their\s+lives|fatalities)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Killed();

    [GeneratedRegex(@"\b(?:rebels|fighters|militants|combatants|insurgents|jihadists|gunmen)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Combatants();

    [GeneratedRegex(@"\b(?:displaced|displacement|displacing|fled|flee|fleeing|uprooted|forc(?:ed|ing|e)\s+(?:[\p{L}\d,.]+\s+){0,6}?(?:from\s+their\s+homes|to\s+(?:leave|flee))|from\s+their\s+homes|have\s+left|left\s+their\s+homes|IDPs|arrived|arrivals|transported|bussed|(?-i:[Cc]amps))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Displaced();

    [GeneratedRegex(@"\b(?:live|lives|living|home\s+to|population|inhabitants|reside|resident\s+population)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
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
        if (quantity.Unit == Unit.Localities)
        {
            var attack = Attack().Match(sentence);
            return attack.Success ? new MetricGuess(Metric.LocalitiesAttacked, attack.Value) : null;
        }
        if (Combatants().IsMatch(quantity.Noun)) return new MetricGuess(Metric.Combatants, quantity.Noun);
        var cues = Cues(sentence);
        var own = cues.Where(c => Nearest(c, quantities) == quantity).ToList();
        var pick = Best(own) ?? Best(cues.Where(c => Distance(c.Match, quantity) < 60).ToList());
        if (pick is null) return null;
        var (family, match) = pick.Value;
        return family switch
        {
            Family.AtRisk => new MetricGuess(Metric.AtRisk, match.Value),
            Family.Killed => new MetricGuess(Metric.Killed, match.Value),
            Family.Combatants => new MetricGuess(Metric.Combatants, match.Value),
            Family.Population => new MetricGuess(Metric.Population, match.Value),
            _ => new MetricGuess(IsStock(sentence, match, quantity) ? Metric.Idps : Metric.Displaced, match.Value),
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
        Add(Family.Combatants, Combatants());
        Add(Family.Displaced, Displaced());
        Add(Family.Population, Population());
        return cues;
    }

    private static (Family Family, Match Match)? Best(List<(Family Family, Match Match)> cues) =>
        cues.Count == 0 ? null : cues.OrderBy(c => (int)c.Family).First();

    private static Quantity Nearest((Family Family, Match Match) cue, IReadOnlyList<Quantity> quantities) =>
        quantities.MinBy(q => Distance(cue.Match, q))!;

    // Characters between a term and a quantity's phrase (number through counted noun); zero when they overlap.
    private static int Distance(Match cue, Quantity quantity)
    {
        if (cue.Index + cue.Length <= quantity.Start) return quantity.Start - (cue.Index + cue.Length);
        if (cue.Index >= quantity.PhraseEnd) return cue.Index - quantity.PhraseEnd;
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
