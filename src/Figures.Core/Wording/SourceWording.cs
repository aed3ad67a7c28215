using Figures.Core.Model;

namespace Figures.Core.Wording;

/// <summary>Words a figure's source for citation: "The New Arab, 14 September 2018".</summary>
public static class SourceWording
{
    /// <summary>Publisher and date, saying so where either is not stated.</summary>
    public static string Short(Figure figure)
    {
        var publisher = figure.Publisher.Length > 0 ? figure.Publisher : "publisher not stated";
        var date = figure.Published is { } published ? PeriodWording.Date(published) : "date not stated";
        return $"{publisher}, {date}";
    }

    /// <summary>A stable key for "the same article": url, else source file, else publisher and title.</summary>
    public static string Key(Figure figure) =>
        figure.Url.Length > 0 ? figure.Url
        : figure.SourceFile.Length > 0 ? figure.SourceFile
        : FormattableString.Invariant($"{figure.Publisher}|{figure.Title}|{figure.Published:yyyy-MM-dd}");
}
