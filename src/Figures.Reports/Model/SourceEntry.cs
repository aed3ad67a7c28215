using Figures.Core.Model;

namespace Figures.Reports.Model;

/// <summary>One numbered source of a brief: the article and the figures that cite it.</summary>
public sealed record SourceEntry(int Number, Figure Sample, IReadOnlyList<string> FigureIds)
{
    /// <summary>The publisher, or a plain statement that the article names none.</summary>
    public string Publisher => Sample.Publisher.Length > 0 ? Sample.Publisher : "Publisher not stated";
    /// <summary>The article's headline.</summary>
    public string Title => Sample.Title;
    /// <summary>The publication date for reading, or "date not stated".</summary>
    public string Date => Sample.Published is { } d ? Core.Wording.PeriodWording.Date(d) : "date not stated";

    /// <summary>The publisher in a language's brief.</summary>
    public string PublisherIn(BriefWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return Sample.Publisher.Length > 0 ? Sample.Publisher : words.SourcePublisherNotStated;
    }

    /// <summary>The publication date in a language.</summary>
    public string DateIn(BriefWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return Sample.Published is { } d ? Core.Wording.PeriodWording.Date(d, words.Core) : words.Core.DateNotStated;
    }
}
