using System.Text.RegularExpressions;
using Figures.Core.Model;
using Figures.Core.Text;

namespace Figures.Core.Wording;

/// <summary>
/// What a figure's own quote says beyond its number: the noun the source counts ("civilians", "Syrians")
/// and its words for a period that its dates cannot hold ("a five-month assault", "the past six months").
/// Read from the verbatim quote, so the brief words a figure as its source worded it.
/// </summary>
public static partial class SourceWords
{
    // Nouns for people that a source may choose on purpose; anything else is worded "people".
    private static readonly HashSet<string> PeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "civilians", "Syrians", "residents", "persons", "individuals", "children", "refugees", "families",
        // A group among the killed or injured must keep its name: "10 health workers killed" is not "10 people killed".
        "women", "girls", "boys", "men", "paramedics", "nurses", "doctors", "medics", "pupils", "students", "patients", "teachers", "volunteers",
    };

    // The first word of a two-word group: "health workers", "medical staff", "aid workers".
    private static readonly HashSet<string> GroupModifiers = new(StringComparer.OrdinalIgnoreCase) { "health", "medical", "aid", "humanitarian" };

    [GeneratedRegex(@"\ban?\s+[a-z]+-(?:day|week|month|year)\s+[a-z]+\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Campaign();

    [GeneratedRegex(@"\b(?:in|over|during|within)\s+(?<span>the\s+(?:past|last|previous)\s+(?:[a-z0-9]+(?:-[a-z]+)?\s+)?(?:days?|weeks?|months?|years?))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PastSpan();

    [GeneratedRegex(@"\bin\s+(?<span>(?:less|more)\s+than\s+(?:a|one|two|three|four|five|six|[0-9]+)\s+(?:days?|weeks?|months?|years?))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Within();

    /// <summary>The noun the quote puts right after the figure's number ("over a thousand civilians"), else the unit's noun.</summary>
    public static string Noun(Figure figure) => Noun(figure, Words.English);

    /// <summary>The source's noun in a language (مدني for "civilians"), else the unit's noun in that language.</summary>
    public static string Noun(Figure figure, Words words)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(words);
        var count = figure.ValueMax ?? figure.Value;
        var fallback = NumberWording.UnitNoun(figure.Unit, count, words);
        if (figure.Unit != Unit.People) return fallback;
        foreach (var mention in NumberFinder.Find(figure.Quote))
        {
            if (mention.IsPercent || (mention.Value != figure.Value && mention.Value != figure.ValueMax)) continue;
            var after = mention.Start + mention.Length;
            var next = NextWord(figure.Quote, after);
            if (next is not null && GroupModifiers.Contains(next)
                && NextWord(figure.Quote, figure.Quote.IndexOf(next, after, StringComparison.Ordinal) + next.Length) is { } group
                && group is "workers" or "staff" or "personnel")
                return words.SourceNoun(next + " " + group, count);
            return next is not null && PeopleNouns.Contains(next) ? words.SourceNoun(next, count) : fallback;
        }
        return fallback;
    }

    /// <summary>
    /// The quote's own words for the figure's period, when it gives one that dates cannot hold: "a five-month
    /// assault", "the past six months", "less than two weeks"; null when it gives none.
    /// </summary>
    public static string? Period(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var quote = figure.Quote;
        var campaign = Campaign().Match(quote);
        if (campaign.Success) return campaign.Value;
        var past = PastSpan().Match(quote);
        if (past.Success) return past.Groups["span"].Value;
        var within = Within().Match(quote);
        return within.Success ? within.Groups["span"].Value : null;
    }

    private static string? NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            if (char.IsDigit(text[i])) return null;
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return i > start ? text[start..i] : null;
    }
}
