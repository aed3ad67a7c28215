using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Reports.Model;

/// <summary>Values worked out from reported figures of the same article and place. Pure.</summary>
public static class DerivedValues
{
    /// <summary>
    /// For a share ("about half"), the count it implies when the same article gives the population
    /// of the same place: "about half of about 3 million" is about 1.5 million, derived.
    /// </summary>
    public static DerivedValue? CountFromShare(Figure share, IReadOnlyList<Figure> figures) => CountFromShare(share, figures, BriefWords.English);

    /// <summary>The count a share implies, with how it was worked out in a language.</summary>
    public static DerivedValue? CountFromShare(Figure share, IReadOnlyList<Figure> figures, BriefWords words)
    {
        ArgumentNullException.ThrowIfNull(share);
        ArgumentNullException.ThrowIfNull(words);
        // Only a share of people is a share of the population: not a share of health facilities, nor children's share of a group.
        if (share.Unit != Unit.Percent || share.ValueMax is not null || !Vocabulary.Fits(share.Metric, Unit.People)) return null;
        var population = figures.FirstOrDefault(f => f.Metric == Metric.Population && f.Unit == Unit.People
            && f.SourceFile == share.SourceFile && f.Location == share.Location && f.ValueMax is null);
        if (population is null) return null;
        var value = share.Value / 100m * population.Value;
        var qualifier = share.Qualifier == Qualifier.Exact && population.Qualifier == Qualifier.Exact ? Qualifier.Exact : Qualifier.Approximately;
        var how = words.DerivedHow(NumberWording.Value(share, words.Core), NumberWording.Describe(population, words.Core));
        return new DerivedValue(value, Unit.People, qualifier, how, [share, population]);
    }

    /// <summary>
    /// For a count of a group, the share of the population it implies when the same article gives
    /// both: "1.8 million of 3 million" is 60%, derived.
    /// </summary>
    public static DerivedValue? ShareFromCounts(Figure part, IReadOnlyList<Figure> figures) => ShareFromCounts(part, figures, BriefWords.English);

    /// <summary>The share counts imply, with how it was worked out in a language.</summary>
    public static DerivedValue? ShareFromCounts(Figure part, IReadOnlyList<Figure> figures, BriefWords words)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(words);
        if (part.Unit != Unit.People || part.Metric == Metric.Population || part.ValueMax is not null) return null;
        var population = figures.FirstOrDefault(f => f.Metric == Metric.Population && f.Unit == Unit.People
            && f.SourceFile == part.SourceFile && f.Location == part.Location && f.ValueMax is null && f.Value > 0);
        if (population is null) return null;
        var share = Math.Round(part.Value / population.Value * 100m, 1);
        var qualifier = part.Qualifier == Qualifier.Exact && population.Qualifier == Qualifier.Exact ? Qualifier.Exact : Qualifier.Approximately;
        var how = words.DerivedHow(NumberWording.Describe(part, words.Core), NumberWording.Describe(population, words.Core));
        return new DerivedValue(share, Unit.Percent, qualifier, how, [part, population]);
    }
}
