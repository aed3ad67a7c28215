using System.Text;
using Figures.Core.Model;
using Figures.Core.Places;

namespace Figures.Core.Wording;

/// <summary>
/// The Arabic phrase table. Months are the Levantine names Syrian readers use (أيلول for September); numbers take
/// the noun forms of written Arabic (3 to 10 take the plural, other counts the singular); a place takes its Arabic
/// name from the gazetteer where one is known; words a source chose (a span, a quote) stay in the source's language.
/// </summary>
internal sealed class ArabicWords : Words
{
    public static readonly ArabicWords Western = new(DigitStyle.Western);
    public static readonly ArabicWords Indic = new(DigitStyle.ArabicIndic);

    private static readonly string[] Months =
    [
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
    ];

    // A source's noun for people: singular (also for 11 and more) and plural (3 to 10).
    private static readonly Dictionary<string, (string One, string Few)> PeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["people"] = ("شخص", "أشخاص"),
        ["persons"] = ("شخص", "أشخاص"),
        ["individuals"] = ("شخص", "أشخاص"),
        ["civilians"] = ("مدني", "مدنيين"),
        ["Syrians"] = ("سوري", "سوريين"),
        ["residents"] = ("نسمة", "نسمات"),
        ["children"] = ("طفل", "أطفال"),
        ["refugees"] = ("لاجئ", "لاجئين"),
        ["families"] = ("عائلة", "عائلات"),
        // A group among the killed or injured keeps its name, as in English.
        ["women"] = ("امرأة", "نساء"),
        ["girls"] = ("فتاة", "فتيات"),
        ["boys"] = ("صبي", "صبية"),
        ["men"] = ("رجل", "رجال"),
        ["paramedics"] = ("مسعف", "مسعفين"),
        ["medics"] = ("مسعف", "مسعفين"),
        ["nurses"] = ("ممرض", "ممرضين"),
        ["doctors"] = ("طبيب", "أطباء"),
        ["pupils"] = ("تلميذ", "تلاميذ"),
        ["students"] = ("طالب", "طلاب"),
        ["patients"] = ("مريض", "مرضى"),
        ["teachers"] = ("معلم", "معلمين"),
        ["volunteers"] = ("متطوع", "متطوعين"),
    };

    // A two-word group ("health workers", "medical staff", "aid personnel"), by its first word.
    private static readonly Dictionary<string, (string One, string Few)> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["health"] = ("عامل صحي", "عاملين صحيين"),
        ["medical"] = ("عامل في القطاع الطبي", "عاملين في القطاع الطبي"),
        ["aid"] = ("عامل إغاثة", "عمال إغاثة"),
        ["humanitarian"] = ("عامل في المجال الإنساني", "عاملين في المجال الإنساني"),
    };

    private readonly DigitStyle _digits;

    private ArabicWords(DigitStyle digits) => _digits = digits;

    public override Language Language => Language.Arabic;

    public override string Digits(string western)
    {
        if (_digits == DigitStyle.Western) return western;
        var text = new StringBuilder(western.Length);
        foreach (var c in western)
        {
            text.Append(c switch
            {
                >= '0' and <= '9' => (char)('\u0660' + (c - '0')),
                ',' => '\u066C',
                '.' => '\u066B',
                '%' => '\u066A',
                _ => c,
            });
        }
        return text.ToString();
    }

    // One million is "مليون", not "1 مليون", as Arabic writes it.
    public override string Millions(string number, decimal count) => count == 1 ? "مليون" : $"{number} {(IsFew(count) ? "ملايين" : "مليون")}";
    public override string Billions(string number, decimal count) => count == 1 ? "مليار" : $"{number} {(IsFew(count) ? "مليارات" : "مليار")}";

    public override string? ProportionWord(decimal percent) => percent switch
    {
        50m => "النصف",
        25m => "الربع",
        75m => "ثلاثة أرباع",
        100m => "الجميع",
        33.3m or 33m => "الثلث",
        66.7m or 67m => "الثلثان",
        _ => null,
    };

    public override string Percent(string number) => number + "%";

    public override string Qualifier(Qualifier qualifier) => qualifier switch
    {
        Model.Qualifier.Approximately => "نحو",
        Model.Qualifier.MoreThan => "أكثر من",
        Model.Qualifier.LessThan => "أقل من",
        Model.Qualifier.AtLeast => "ما لا يقل عن",
        Model.Qualifier.AtMost => "حتى",
        _ => "",
    };

    public override string Between(string low, string high) => $"بين {low} و{high}";
    public override string FromTo(string low, string high) => $"من {low} إلى {high}";

    public override string UnitNoun(Unit unit, decimal count) => unit switch
    {
        Unit.People => Counted(count, "شخص", "شخصان", "أشخاص"),
        Unit.Households => Counted(count, "أسرة", "أسرتان", "أسر"),
        Unit.Localities => Counted(count, "بلدة أو قرية", "بلدتان أو قريتان", "بلدات وقرى"),
        Unit.Facilities => Counted(count, "منشأة", "منشأتان", "منشآت"),
        Unit.Attacks => Counted(count, "هجوم", "هجومان", "هجمات"),
        _ => "",
    };

    public override string SourceNoun(string noun, decimal count) =>
        PeopleNouns.TryGetValue(noun, out var forms) || (noun.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && GroupNouns.TryGetValue(noun[..space], out forms))
            ? (IsFew(count) ? forms.Few : forms.One)
            : UnitNoun(Unit.People, count);

    public override string Compact(string number, decimal count, int power) => count == 1 ? Compact1(power) : power switch
    {
        9 => $"{number} {(IsFew(count) ? "مليارات" : "مليار")}",
        6 => $"{number} {(IsFew(count) ? "ملايين" : "مليون")}",
        _ => $"{number} {(IsFew(count) ? "آلاف" : "ألف")}",
    };

    public override string MetricName(Metric metric) => metric switch
    {
        Metric.Population => "السكان",
        Metric.Idps => "النازحون داخلياً",
        Metric.Displaced => "النازحون حديثاً",
        Metric.AtRisk => "المعرضون لخطر النزوح",
        Metric.Killed => "القتلى",
        Metric.LocalitiesAttacked => "البلدات والقرى المستهدفة",
        Metric.Combatants => "المقاتلون",
        Metric.Injured => "الجرحى",
        Metric.InNeed => "بحاجة إلى مساعدة إنسانية",
        Metric.HealthAttacks => "هجمات على الرعاية الصحية",
        Metric.SchoolAttacks => "هجمات على المدارس",
        Metric.ChildrenShare => "نسبة الأطفال",
        _ => Vocabulary.Name(metric),
    };

    public override string MetricTitle(Metric metric) => MetricName(metric);
    public override string ShareLabel(string title) => title + " (نسبة)";

    public override string Topic(Metric metric, Unit unit) => (metric, unit) switch
    {
        (Metric.Idps, Unit.Percent) => "نسبة السكان النازحين",
        (Metric.Idps, _) => "الأشخاص الذين يعيشون في النزوح",
        (Metric.Displaced, _) => "الأشخاص النازحون حديثاً",
        (Metric.AtRisk, _) => "الأشخاص المعرضون لخطر النزوح",
        (Metric.Population, _) => "السكان",
        (Metric.Killed, _) => "القتلى",
        (Metric.LocalitiesAttacked, _) => "البلدات والقرى التي تعرضت لهجمات",
        (Metric.Combatants, _) => "نسبة السكان المعدودين مقاتلين",
        (Metric.Injured, _) => "الجرحى",
        (Metric.InNeed, Unit.Percent) => "نسبة السكان بحاجة إلى مساعدة إنسانية",
        (Metric.InNeed, _) => "الأشخاص بحاجة إلى مساعدة إنسانية",
        (Metric.HealthAttacks, Unit.Facilities) => "منشآت صحية تعرضت لهجمات أو خرجت عن الخدمة",
        (Metric.HealthAttacks, _) => "هجمات على الرعاية الصحية",
        (Metric.SchoolAttacks, Unit.Facilities) => "مدارس تعرضت لهجمات أو خرجت عن الخدمة",
        (Metric.SchoolAttacks, _) => "هجمات على المدارس",
        (Metric.ChildrenShare, _) => "نسبة الأطفال في مجموعة ما",
        _ => Vocabulary.Name(metric),
    };

    public override string FullDate(DateOnly day) => $"{Day(day)} {MonthYear(day)}";
    public override string MonthYear(DateOnly day) => $"{Months[day.Month - 1]} {Digits(day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
    public override string DayMonth(DateOnly day) => $"{Day(day)} {Months[day.Month - 1]}";
    public override string RangeDash => "–";

    public override string DuringEnding(string span, string until) => $"خلال «{Isolate(span)}» بتعبير المصدر، حتى {until}";
    public override string UpToReport(string until) => $"حتى الإبلاغ عنه في {until}، والبداية غير مذكورة";
    public override string PeriodEnding(string until) => $"فترة تنتهي في {until}، والبداية غير مذكورة";
    public override string ReportedOn(string dated) => $"أبلغ عنه في {dated}";
    public override string AsOf(string dated) => $"بتاريخ {dated}";
    public override string Since(string dated) => $"منذ {dated}";

    public override string BeforeArticle(string span, bool past, string? published) =>
        published is not null ? $"خلال «{Isolate(span)}» بتعبير مقال منشور في {published}" : $"خلال «{Isolate(span)}» بتعبير مقال غير مؤرخ";

    public override string DateNotStated => "التاريخ غير مذكور";
    public override string LeadBetween(string start, string until) => $"بين {start} و{until}";
    public override string LeadOn(string dated) => $"في {dated}";
    public override string LeadByReport(string dated) => $"حتى الإبلاغ عنه في {dated} (البداية غير مذكورة)";
    public override string LeadPeriodEnding(string dated) => $"في فترة تنتهي في {dated} لم تذكر بدايتها";
    public override string Capitalise(string text) => text;

    public override string PublisherNotStated => "الناشر غير مذكور";
    public override string Citation(string publisher, string dated) => $"{Isolate(publisher)}، {dated}";
    public override string NotAttributed => "غير منسوب إلى جهة";

    public override string Place(string location) => ArabicPlaces.Name(location, Isolate);
    public override string Quote(string quote) => $"«{Isolate(quote)}» (بلغة المصدر الأصلية)";

    public override string Isolate(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF') return text;
        }
        return text.Length == 0 ? text : "\u2068" + text + "\u2069";
    }
    public override string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join("، ", items.Take(items.Count - 1)) + " و" + items[^1];
    public override string Comma => "، ";

    private static string Compact1(int power) => power == 9 ? "مليار" : power == 6 ? "مليون" : "ألف";

    // Written Arabic counts 3 to 10 with a plural noun; 1, 2 and 11 and more take the singular (as news Arabic writes it).
    private static bool IsFew(decimal count) => count == decimal.Truncate(count) && count is >= 3 and <= 10;

    private static string Counted(decimal count, string one, string two, string few) =>
        count == 2m ? two : IsFew(count) ? few : one;
}
