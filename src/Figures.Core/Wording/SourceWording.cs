using Figures.Core.Model;

namespace Figures.Core.Wording;

/// <summary>Words a figure's source for citation: "The New Arab, 14 September 2018".</summary>
public static class SourceWording
{
    /// <summary>Publisher and date, saying so where either is not stated.</summary>
    public static string Short(Figure figure) => Short(figure, Words.English);

    /// <summary>Publisher and date in a language.</summary>
    public static string Short(Figure figure, Words words)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(words);
        var publisher = figure.Publisher.Length > 0 ? figure.Publisher : words.PublisherNotStated;
        var date = figure.Published is { } published ? PeriodWording.Date(published, words) : words.DateNotStated;
        return words.Citation(publisher, date);
    }

    /// <summary>A stable key for "the same article": url, else source file, else publisher and title.</summary>
    public static string Key(Figure figure) =>
        figure.Url.Length > 0 ? figure.Url
        : figure.SourceFile.Length > 0 ? figure.SourceFile
        : FormattableString.Invariant($"{figure.Publisher}|{figure.Title}|{figure.Published:yyyy-MM-dd}");
}
