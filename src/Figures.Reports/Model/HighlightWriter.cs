using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Reports.Model;

/// <summary>
/// Writes one sourced sentence per figure, in situation-report style:
/// "Between 1 and 12 September 2018, more than 38,500 people were displaced in northwest Syria,
/// according to UN OCHA (The New Arab, 14 September 2018)."
/// </summary>
public static class HighlightWriter
{
    /// <summary>The sentence for a figure.</summary>
    public static string Sentence(Figure figure)
    {
        var what = figure.Unit == Unit.Percent ? ShareClause(figure) : CountClause(figure);
        var lead = figure.ReferenceDate is null ? "" : PeriodWording.Lead(figure) + ", ";
        var sentence = lead.Length > 0 ? lead + what : Capitalise(what);
        return $"{sentence}, {Attribution(figure)}.";
    }

    private static string CountClause(Figure figure)
    {
        var subject = NumberWording.Describe(figure);
        var place = Place(figure);
        return figure.Metric switch
        {
            Metric.Displaced => $"{subject} {Were(figure)} displaced{place}",
            Metric.Idps => $"{subject} {Were(figure)} living in displacement{place}",
            Metric.Population => $"{subject} {Were(figure)} living{place}",
            Metric.AtRisk => $"{subject} could be forced from their homes{place}",
            Metric.Killed => $"{subject} {Were(figure)} killed{place}",
            Metric.LocalitiesAttacked => $"{subject} {Were(figure)} attacked{place}",
            Metric.Combatants => $"{subject} {Were(figure)} counted as fighters{place}",
            _ => $"{subject}{place}",
        };
    }

    private static string ShareClause(Figure figure)
    {
        var share = NumberWording.Value(figure);
        var of = figure.Location.Length > 0 ? $" of the population of {figure.Location}" : " of the population";
        var group = figure.Metric switch
        {
            Metric.Idps => "displaced people",
            Metric.Combatants => "fighters",
            Metric.Population => "residents",
            _ => Vocabulary.Name(figure.Metric),
        };
        return $"{share}{of} {(figure.Value == 1 ? "was" : "were")} {group}";
    }

    private static string Attribution(Figure figure)
    {
        var source = SourceWording.Short(figure);
        return figure.AttributedTo is "" or "unattributed"
            ? $"reported without attribution ({source})"
            : $"according to {figure.AttributedTo} ({source})";
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
