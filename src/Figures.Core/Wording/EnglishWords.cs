using System.Globalization;
using Figures.Core.Model;

namespace Figures.Core.Wording;

/// <summary>The English phrase table: the words every output used before there was a second language.</summary>
internal sealed class EnglishWords : Words
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public override Language Language => Language.English;
    public override string Digits(string western) => western;
    public override string Millions(string number, decimal count) => number + " million";
    public override string Billions(string number, decimal count) => number + " billion";

    public override string? ProportionWord(decimal percent) => percent switch
    {
        50m => "half",
        25m => "a quarter",
        75m => "three quarters",
        100m => "all",
        33.3m or 33m => "a third",
        66.7m or 67m => "two thirds",
        _ => null,
    };

    public override string Percent(string number) => number + "%";

    public override string Qualifier(Qualifier qualifier) => qualifier switch
    {
        Model.Qualifier.Approximately => "about",
        Model.Qualifier.MoreThan => "more than",
        Model.Qualifier.LessThan => "less than",
        Model.Qualifier.AtLeast => "at least",
        Model.Qualifier.AtMost => "up to",
        _ => "",
    };

    public override string Between(string low, string high) => $"between {low} and {high}";
    public override string FromTo(string low, string high) => $"{low} to {high}";

    public override string UnitNoun(Unit unit, decimal count) => (unit, count == 1m) switch
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

    public override string SourceNoun(string noun, decimal count) => noun;
    public override string Compact(string number, decimal count, int power) => number + (power == 9 ? "B" : power == 6 ? "M" : "k");

    public override string MetricName(Metric metric) => metric switch
    {
        Metric.Population => "population",
        Metric.Idps => "IDPs",
        Metric.Displaced => "newly displaced",
        Metric.AtRisk => "at risk of displacement",
        Metric.Killed => "killed",
        Metric.LocalitiesAttacked => "localities attacked",
        Metric.Injured => "injured",
        Metric.InNeed => "in need",
        Metric.HealthAttacks => "attacks on health care",
        Metric.SchoolAttacks => "attacks on schools",
        Metric.ChildrenShare => "children's share",
        _ => "combatants",
    };

    public override string MetricTitle(Metric metric)
    {
        var name = MetricName(metric);
        return name == "IDPs" ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }

    public override string ShareLabel(string title) => title + " (share)";

    public override string Topic(Metric metric, Unit unit) => (metric, unit) switch
    {
        (Metric.Idps, Unit.Percent) => "Share of the population that is displaced",
        (Metric.Idps, _) => "People living in displacement",
        (Metric.Displaced, _) => "People newly displaced",
        (Metric.AtRisk, _) => "People at risk of displacement",
        (Metric.Population, _) => "Population",
        (Metric.Killed, _) => "People killed",
        (Metric.LocalitiesAttacked, _) => "Towns and villages attacked",
        (Metric.Combatants, _) => "Share of the population counted as fighters",
        (Metric.Injured, _) => "People injured",
        (Metric.InNeed, Unit.Percent) => "Share of the population in need",
        (Metric.InNeed, _) => "People in need of humanitarian assistance",
        (Metric.HealthAttacks, Unit.Facilities) => "Health facilities hit or put out of service",
        (Metric.HealthAttacks, _) => "Attacks on health care",
        (Metric.SchoolAttacks, Unit.Facilities) => "Schools hit or put out of use",
        (Metric.SchoolAttacks, _) => "Attacks on schools",
        (Metric.ChildrenShare, _) => "Share of a group who are children",
        _ => Vocabulary.Name(metric),
    };

    public override string FullDate(DateOnly day) => day.ToString("d MMMM yyyy", Invariant);
    public override string MonthYear(DateOnly day) => day.ToString("MMMM yyyy", Invariant);
    public override string DayMonth(DateOnly day) => day.ToString("d MMMM", Invariant);
    public override string RangeDash => "–";

    public override string DuringEnding(string span, string until) => $"during {span} ending {until}";
    public override string UpToReport(string until) => $"up to its report on {until}, start not stated";
    public override string PeriodEnding(string until) => $"a period ending {until}, start not stated";
    public override string ReportedOn(string dated) => $"reported on {dated}";
    public override string AsOf(string dated) => $"as of {dated}";
    public override string Since(string dated) => $"since {dated}";

    public override string BeforeArticle(string span, bool past, string? published)
    {
        var words = span.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var relative = past ? $"in the {string.Join(' ', words[2..])} before the article" : $"in {span} before the article";
        return published is not null ? $"{relative} of {published}" : $"{relative} (the article is undated)";
    }

    public override string DateNotStated => "date not stated";
    public override string LeadBetween(string start, string until) => $"Between {start} and {until}";
    public override string LeadOn(string dated) => $"On {dated}";
    public override string LeadByReport(string dated) => $"By the time it was reported on {dated} (start not stated)";
    public override string LeadPeriodEnding(string dated) => $"In a period ending {dated} whose start is not stated";
    public override string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public override string PublisherNotStated => "publisher not stated";
    public override string Citation(string publisher, string dated) => $"{publisher}, {dated}";
    public override string NotAttributed => "not attributed";

    public override string Place(string location) => location;
    public override string Isolate(string text) => text;
    public override string Quote(string quote) => $"“{quote}”";
    public override string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
    public override string Comma => ", ";
}
