using System.Globalization;
using System.Text.RegularExpressions;

namespace Figures.Core.Extraction;

/// <summary>
/// What the first lines of an archived article say about it: the headline (its first line)
/// and the publication date when a line holds nothing but a date ("14 September, 2018").
/// </summary>
public sealed partial record ArticleHeader(string Title, DateOnly? Published)
{
    /// <summary>How many leading paragraphs are searched for the date line.</summary>
    public const int LinesSearched = 15;

    [GeneratedRegex(@"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?<day>\d{1,2})\s+(?<month>" + Months.Pattern + @")\.?,?\s+(?<year>\d{4})$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?<month>" + Months.Pattern + @")\.?\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    /// <summary>Reads the header from the article's first paragraphs (only the first <see cref="LinesSearched"/> are looked at).</summary>
    public static ArticleHeader Read(IEnumerable<string> firstParagraphs)
    {
        var lines = firstParagraphs.Take(LinesSearched).ToList();
        var title = lines.FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
        DateOnly? published = null;
        foreach (var line in lines)
        {
            if (TryParseDateLine(line, out var date))
            {
                published = date;
                break;
            }
        }
        return new ArticleHeader(title, published);
    }

    /// <summary>Whether a line is a date and nothing else, as news pages print their dateline.</summary>
    public static bool TryParseDateLine(string line, out DateOnly date)
    {
        date = default;
        var text = line.Trim();
        var match = DayFirst().Match(text);
        if (!match.Success) match = MonthFirst().Match(text);
        if (match.Success)
            return TryDate(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), Months.Number(match.Groups["month"].Value),
                int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture), out date);
        match = Iso().Match(text);
        return match.Success && TryDate(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture), out date);
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (month is < 1 or > 12 || year is < 1900 or > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
