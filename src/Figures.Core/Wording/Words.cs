using Figures.Core.Model;

namespace Figures.Core.Wording;

/// <summary>
/// The phrase table of one language: the words the wording rules (<see cref="NumberWording"/>, <see cref="PeriodWording"/>,
/// <see cref="SourceWording"/>, <see cref="MetricWording"/>, <see cref="Attribution"/>) put around numbers, dates and names.
/// The rules decide what is said (which qualifier, whether a date is the article's, whether a start is stated); a table
/// only says it in its language, so an Arabic brief is never more precise than an English one.
/// </summary>
public abstract class Words
{
    /// <summary>English, as every output was worded before the Arabic edition.</summary>
    public static Words English { get; } = new EnglishWords();

    /// <summary>Arabic with the given digits.</summary>
    public static Words Arabic(DigitStyle digits) => digits == DigitStyle.ArabicIndic ? ArabicWords.Indic : ArabicWords.Western;

    /// <summary>The table of a language.</summary>
    public static Words For(Language language, DigitStyle digits = DigitStyle.Western) => language == Language.Arabic ? Arabic(digits) : English;

    /// <summary>The language.</summary>
    public abstract Language Language { get; }

    /// <summary>Whether the language is written right to left.</summary>
    public bool RightToLeft => Language == Language.Arabic;

    /// <summary>A number written with Western digits, "," and "." (as the invariant culture formats it), in this table's digits.</summary>
    public abstract string Digits(string western);

    /// <summary>A number of millions: "1.8 million", "3 ملايين".</summary>
    public abstract string Millions(string number, decimal count);
    /// <summary>A number of billions.</summary>
    public abstract string Billions(string number, decimal count);
    /// <summary>A proportion that has a word ("half", "a quarter"), else null.</summary>
    public abstract string? ProportionWord(decimal percent);
    /// <summary>A percentage: "76%".</summary>
    public abstract string Percent(string number);
    /// <summary>The words for a qualifier; empty for exact.</summary>
    public abstract string Qualifier(Qualifier qualifier);
    /// <summary>A stated range: "between 10 and 20".</summary>
    public abstract string Between(string low, string high);
    /// <summary>A span from one value to another: "10 to 20".</summary>
    public abstract string FromTo(string low, string high);
    /// <summary>The noun for a count of a unit: "people", "households".</summary>
    public abstract string UnitNoun(Unit unit, decimal count);
    /// <summary>A source's own noun for people ("civilians"), for a count.</summary>
    public abstract string SourceNoun(string noun, decimal count);
    /// <summary>A compact number of thousands (<paramref name="power"/> 3), millions (6) or billions (9): "38.5k", "٣ ملايين".</summary>
    public abstract string Compact(string number, decimal count, int power);

    /// <summary>A metric's short name in a sentence.</summary>
    public abstract string MetricName(Metric metric);
    /// <summary>A metric's short name at the start of a label.</summary>
    public abstract string MetricTitle(Metric metric);
    /// <summary>A share's label: "IDPs (share)".</summary>
    public abstract string ShareLabel(string title);
    /// <summary>What a measure is called as a heading.</summary>
    public abstract string Topic(Metric metric, Unit unit);

    /// <summary>A date: "14 September 2018".</summary>
    public abstract string FullDate(DateOnly day);
    /// <summary>A month and year: "September 2018".</summary>
    public abstract string MonthYear(DateOnly day);
    /// <summary>A day and month: "30 August".</summary>
    public abstract string DayMonth(DateOnly day);
    /// <summary>A day of the month.</summary>
    public string Day(DateOnly day) => Digits(day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
    /// <summary>The dash between the ends of a range of dates.</summary>
    public abstract string RangeDash { get; }

    /// <summary>"during {span} ending {until}": a flow dated by its end, in its source's words for the span.</summary>
    public abstract string DuringEnding(string span, string until);
    /// <summary>"up to its report on {end}, start not stated".</summary>
    public abstract string UpToReport(string until);
    /// <summary>"a period ending {end}, start not stated".</summary>
    public abstract string PeriodEnding(string until);
    /// <summary>"reported on {date}": a stock dated only by its article.</summary>
    public abstract string ReportedOn(string dated);
    /// <summary>"as of {date}": a stock dated by its source.</summary>
    public abstract string AsOf(string dated);
    /// <summary>"since {date}".</summary>
    public abstract string Since(string dated);
    /// <summary>A relative span before the article: "in the six months before the article of {date}".</summary>
    public abstract string BeforeArticle(string span, bool past, string? published);
    /// <summary>"date not stated".</summary>
    public abstract string DateNotStated { get; }
    /// <summary>"Between 1 and 12 September 2018" (one month) or "Between {start} and {end}".</summary>
    public abstract string LeadBetween(string start, string until);
    /// <summary>"On {date}".</summary>
    public abstract string LeadOn(string dated);
    /// <summary>"By the time it was reported on {date} (start not stated)".</summary>
    public abstract string LeadByReport(string dated);
    /// <summary>"In a period ending {date} whose start is not stated".</summary>
    public abstract string LeadPeriodEnding(string dated);
    /// <summary>A phrase made to open a sentence.</summary>
    public abstract string Capitalise(string text);

    /// <summary>"publisher not stated".</summary>
    public abstract string PublisherNotStated { get; }
    /// <summary>"The New Arab, 14 September 2018".</summary>
    public abstract string Citation(string publisher, string dated);
    /// <summary>"not attributed".</summary>
    public abstract string NotAttributed { get; }

    /// <summary>A place as the dataset names it, in this language where its name is known.</summary>
    public abstract string Place(string location);
    /// <summary>A verbatim quote, marked as the source's own words in its own language.</summary>
    public abstract string Quote(string quote);
    /// <summary>
    /// A name or quote from the data set apart in the running text: in a right-to-left language a text with no
    /// right-to-left letters is isolated (FSI … PDI), so its neutral marks and digits keep to it; elsewhere it is unchanged.
    /// </summary>
    public abstract string Isolate(string text);
    /// <summary>A list: "a, b and c".</summary>
    public abstract string List(IReadOnlyList<string> items);
    /// <summary>The separator of items in a running list: ", ".</summary>
    public abstract string Comma { get; }
}
