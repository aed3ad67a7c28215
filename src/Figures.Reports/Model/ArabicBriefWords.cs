using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Reports.Model;

/// <summary>
/// The Arabic brief's phrases. They say what the English ones say and no more: the same qualifiers, the same
/// caution about dates, the same marks for derived and disputed figures. Names and quotes from the sources stay as
/// the sources gave them.
/// </summary>
internal sealed class ArabicBriefWords(Words core) : BriefWords
{
    public override Words Core => core;

    public override string Caveat => "الأرقام كما أوردتها المصادر المذكورة، ولم يجر التحقق منها بشكل مستقل.";
    public override string DisputedNote => "رقم متنازع عليه: لم يعتمد رقماً رئيسياً.";

    public override string KeyNoun(Metric metric, Unit unit, string noun) => (metric, unit) switch
    {
        (Metric.Idps, Unit.Percent) => "من السكان يعيشون في النزوح",
        (Metric.Combatants, _) => "من السكان معدودون مقاتلين",
        (Metric.ChildrenShare, _) => "من المجموعة المعدودة هم أطفال",
        (Metric.HealthAttacks, Unit.Percent) => "من المنشآت الصحية تعرضت لهجمات أو خرجت عن الخدمة",
        (Metric.SchoolAttacks, Unit.Percent) => "من المدارس تعرضت لهجمات أو خرجت عن الخدمة",
        (_, Unit.Percent) => $"من السكان ({core.MetricName(metric)})",
        (Metric.Displaced, _) => $"{noun} نزحوا حديثاً",
        (Metric.Idps, _) => $"{noun} يعيشون في النزوح",
        (Metric.Population, _) => $"{noun} يعيشون في المنطقة",
        (Metric.AtRisk, _) => $"{noun} معرضون لخطر النزوح (تقدير مستقبلي)",
        (Metric.Killed, _) => $"{noun} قتلوا",
        (Metric.LocalitiesAttacked, _) => "بلدات وقرى تعرضت لهجمات",
        (Metric.Injured, _) => $"{noun} أصيبوا",
        (Metric.InNeed, _) => $"{noun} بحاجة إلى مساعدة إنسانية",
        (Metric.HealthAttacks, Unit.Facilities) => "منشآت صحية تعرضت لهجمات أو خرجت عن الخدمة",
        (Metric.HealthAttacks, _) => "هجمات على الرعاية الصحية",
        (Metric.SchoolAttacks, Unit.Facilities) => "مدارس تعرضت لهجمات أو خرجت عن الخدمة",
        (Metric.SchoolAttacks, _) => "هجمات على المدارس",
        _ => noun,
    };

    public override string KeySpread(int figures, int sources, string spread, bool flow) =>
        $"الأرقام كلها ({Count(figures)}) من {Sources(sources)}: {spread}{(flow ? "، عن فترات مختلفة" : "")}";

    public override string KeyDerived(string qualifier, string number, string how) =>
        $"رقم مستنتج، لم تورده المصادر: {qualifier} {number} شخص ({how})".Replace("  ", " ");

    public override string ShareOf(Metric metric, string value) => metric switch
    {
        Metric.Idps => $"{value} نازحون",
        Metric.Combatants => $"{value} مقاتلون",
        Metric.ChildrenShare => $"{value} أطفال",
        Metric.InNeed => $"{value} بحاجة إلى مساعدة إنسانية",
        _ => $"{value} ({core.MetricName(metric)})",
    };

    public override string DerivedValue(string qualifier, string number) => $"{qualifier} {number} (مستنتج)".Trim();
    public override string TableShare(string value) => $"{value} (نسبة)";
    public override string DisputedMark => " (متنازع عليه)";

    public override IReadOnlyList<(string Heading, string Text)> MethodNote(string fingerprint, string issued) =>
    [
        ("كيف تجمع الأرقام.", "كل رقم في هذا الموجز صف واحد من مجموعة بيانات Figures: رقم واحد من مقال واحد، مع كلمات المقال بنصها. يسجل القائم على البيانات كل عدد من الأشخاص أو الأسر أو البلدات، وكل حصيلة قتلى وكل نسبة، وترفض الأداة أي صف لا يذكر اقتباسه رقمه. ولا تسجل التواريخ والناشرون والفترات إلا حين يذكرها المقال."),
        ("المحددات.", "«أكثر من» و«ما لا يقل عن» تعطيان حداً أدنى؛ و«حتى» و«أقل من» حداً أعلى؛ و«نحو» تشمل «حوالي» و«قرابة» و«ما يقارب» و«يقدر». يحتفظ كل رقم هنا بمحدد مصدره وباسم المعدود كما سماه المصدر («مدنيون»، «سوريون»)، وتبقى النسبة نسبة."),
        ("التواريخ.", "الرقم الذي لا يؤرخه إلا تاريخ نشر مقاله يعرض على أنه أبلغ عنه في ذلك التاريخ، لا على أنه التاريخ الذي أعطاه صاحبه. وحين يصف المقال فترة بكلماته تنقل كلماته كما هي بلغتها. و«التاريخ غير مذكور» يعني أن المقال لا يذكر تاريخاً."),
        ("أي رقم هو الرقم الرئيسي.", "لكل مقياس، الرقم الرئيسي هو الرقم غير المتنازع عليه صاحب المكانة الأقوى: الرقم المنسوب إلى جهة مسماة قبل غير المنسوب، والمؤرخ قبل غير المؤرخ، والرقم من مصدر أولي (وكالة أممية أو منظمة إنسانية أو جهة رصد) قبل الرقم من مصدر ثانوي، ثم الأحدث. ويعطي السطر تحته ما تورده المصادر كلها للمقياس نفسه."),
        ("الأرقام المتنازع عليها.", "حين تسجل مجموعة البيانات أن رقمين يتناقضان، يعد الأضعف مكانةً متنازعاً عليه (وكلاهما حين لا يكون أحدهما أقوى). لا يكون الرقم المتنازع عليه رقماً رئيسياً ولا يرد في اللمحة العامة: يظهر تحت «حيث تختلف المصادر» بجانب الأرقام التي تناقضه، ويعلم في الجدول."),
        ("القيم المستنتجة.", "القيمة المستنتجة تحسبها Figures من أرقام أوردها المقال نفسه، كنسبة من السكان تحول إلى عدد أشخاص. وتوصف دائماً بأنها مستنتجة، ولا تعد أبداً رقماً أوردته المصادر."),
        ("البيانات.", $"يستند هذا الموجز إلى ملف البيانات ذي البصمة {fingerprint}؛ والموجزان اللذان يحملان البصمة نفسها يستندان إلى الأرقام نفسها. تاريخ إصداره {issued}."),
    ];

    public override string Projection(string quote, string who, string citation) => $"تقدير مستقبلي، بكلمات المصدر: {quote} ({who}؛ {citation}).";

    public override string CountClause(Metric metric, Unit unit, string subject, bool one, string place) => (metric, unit) switch
    {
        (Metric.Displaced, _) => $"نزح {subject}{place}",
        (Metric.Idps, _) => $"كان {subject} يعيشون في النزوح{place}",
        (Metric.Population, _) => $"كان {subject} يعيشون{place}",
        (Metric.Killed, _) => $"قتل {subject}{place}",
        (Metric.LocalitiesAttacked, _) => $"تعرضت {subject} لهجمات{place}",
        (Metric.Combatants, _) => $"عد {subject} مقاتلين{place}",
        (Metric.Injured, _) => $"أصيب {subject}{place}",
        (Metric.InNeed, _) => $"كان {subject} بحاجة إلى مساعدة إنسانية{place}",
        // Attacks are counted in facilities or incidents, not in the people a quote's noun names.
        (Metric.HealthAttacks or Metric.SchoolAttacks, Unit.Facilities) => $"تعرضت {subject} لهجمات أو خرجت عن الخدمة{place}",
        (Metric.HealthAttacks, _) => $"سجلت {subject} على الرعاية الصحية{place}",
        (Metric.SchoolAttacks, _) => $"سجلت {subject} على المدارس{place}",
        _ => $"{subject}{place}",
    };

    // Counted as Arabic counts: 2 in the dual, 3 to 10 in the plural, other counts in the singular.
    public override string? FacilityNoun(Metric metric, decimal count, bool one) => metric switch
    {
        Metric.HealthAttacks => Counted(count, "منشأة صحية", "منشأتان صحيتان", "منشآت صحية"),
        Metric.SchoolAttacks => Counted(count, "مدرسة", "مدرستان", "مدارس"),
        _ => null,
    };

    public override string InPlace(string location) => location.Length == 0 ? "" : " في " + core.Place(location);

    public override string ShareClause(Metric metric, string share, string location, bool one, string quote)
    {
        // Children's share is of a group the quote names, not of the population.
        if (metric == Metric.ChildrenShare) return $"كان الأطفال {share} من المجموعة المعدودة في {core.Quote(quote)}";
        var of = location.Length > 0 ? $"من سكان {core.Place(location)}" : "من السكان";
        var group = metric switch
        {
            Metric.Idps => "نازحين",
            Metric.Combatants => "مقاتلين",
            Metric.Population => "مقيمين",
            Metric.InNeed => "بحاجة إلى مساعدة إنسانية",
            Metric.Injured => "جرحى",
            _ => core.MetricName(metric),
        };
        return $"كان {share} {of} {group}";
    }

    public override string AttributionClause(string? who, string citation) =>
        who is null ? $"دون نسبته إلى جهة ({citation})" : $"بحسب {who} ({citation})";

    public override string Sentence(string lead, string what, string attribution) =>
        $"{(lead.Length > 0 ? lead + "، " + what : what)}، {attribution}.";

    public override string TopicOfSeveral(IReadOnlyList<(Metric Metric, Unit Unit)> measures) =>
        "ما تقوله المصادر عن " + core.List(measures.Select(m => Subject(m.Metric, m.Unit)).ToList());

    private string Subject(Metric metric, Unit unit) => (metric, unit) switch
    {
        (Metric.Idps, Unit.Percent) => "نسبة النازحين",
        (Metric.Idps, _) => "عدد النازحين",
        (Metric.Displaced, _) => "عدد النازحين حديثاً",
        (Metric.AtRisk, _) => "عدد المعرضين للخطر",
        (Metric.Population, _) => "عدد السكان",
        (Metric.Killed, _) => "عدد القتلى",
        (Metric.LocalitiesAttacked, _) => "الأماكن المستهدفة",
        (Metric.Combatants, _) => "نسبة المعدودين مقاتلين",
        (Metric.Injured, _) => "عدد الجرحى",
        (Metric.InNeed, _) => "عدد من هم بحاجة إلى مساعدة إنسانية",
        (Metric.HealthAttacks, _) => "الهجمات على الرعاية الصحية",
        (Metric.SchoolAttacks, _) => "الهجمات على المدارس",
        (Metric.ChildrenShare, _) => "نسبة الأطفال",
        _ => core.MetricName(metric),
    };

    public override string DisagreementNote(int figures, int articles, bool noneDated, bool someUndated)
    {
        var sources = articles switch
        {
            1 => "مقال واحد",
            2 => "مقالين",
            >= 3 and <= 10 => $"{Count(articles)} مقالات",
            _ => $"{Count(articles)} مقالاً",
        };
        var note = $"هذه الأرقام ({Count(figures)}) من {sources}، ولا يمكن أن تصح كلها على الأشخاص أنفسهم في الوقت نفسه؛ تعرض هنا التعارضات المسجلة بينها دون حسمها.";
        return noneDated ? note + " لا يحمل أي منها تاريخاً." : someUndated ? note + " بعضها غير مؤرخ." : note;
    }

    public override string DerivedHow(string part, string whole) => $"{part} من {whole}، وكلاهما في المقال نفسه";

    public override string AgeNotice(string dated, int years)
    {
        var age = years switch
        {
            < 2 => "أكثر من سنة",
            2 => "أكثر من سنتين",
            <= 10 => $"أكثر من {Count(years)} سنوات",
            _ => $"أكثر من {Count(years)} سنة",
        };
        return $"يعود أحدث رقم في هذا الموجز إلى {dated}، أي قبل تاريخ إصداره بـ{age}. تصف الأرقام الوضع آنذاك، لا الآن.";
    }

    public override string PeriodNotStated => "الفترة غير مذكورة";

    public override string WithUndated(string label, int undated) => undated switch
    {
        1 => $"{label} (ورقم واحد غير مؤرخ)",
        2 => $"{label} (ورقمان غير مؤرخين)",
        <= 10 => $"{label} (و{Count(undated)} أرقام غير مؤرخة)",
        _ => $"{label} (و{Count(undated)} رقماً غير مؤرخ)",
    };

    public override string SourcePublisherNotStated => "الناشر غير مذكور";

    public override string TimelineTitle => "الأرقام المبلغ عنها عبر الزمن";
    public override string SourcesTitle(Metric metric) => $"ما يورده كل مصدر: {core.MetricName(metric)}";

    public override (string KeyFigures, string Overview, string Charts, string Disagreements, string AllFigures, string Sources, string MethodNote) Headings =>
        ("أرقام رئيسية", "لمحة عامة عن الوضع", "رسوم بيانية", "حيث تختلف المصادر", "الأرقام كلها", "المصادر", "ملاحظة منهجية");
    public override (string Area, string Period, string Issued, string IssuedBy) Facts => ("المنطقة", "الفترة المشمولة", "تاريخ الإصدار", "الجهة المصدرة");
    public override string AllAreas => "كل المناطق في مجموعة البيانات";
    public override string NotStated => "غير مذكور";
    public override IReadOnlyList<string> TableHeaders { get; } = ["الرقم", "المقياس", "المكان", "الزمان", "المصدر", "المعرف", "مرجع"];
    public override string? OriginalLanguage => "بلغة المصدر الأصلية:";
    public override string SameSentence => "الجملة نفسها المقتبسة أعلاه.";
    public override string WorkedOut => "حسبته Figures، ولم تورده المصادر";
    public override string From(string how) => $"من {how}.";

    public override string SourceLine(int number, string publisher, string title, string dated, string archived, IReadOnlyList<string> figureIds)
    {
        var quoted = title.Length > 0 ? $"«{core.Isolate(title)}»" : "بلا عنوان";
        // A file name is isolated, or its leading digits would be set apart from the rest.
        var file = archived.Length > 0 ? $" محفوظ باسم {core.Isolate(archived)}." : "";
        return $"[{Count(number)}] {core.Isolate(publisher)}. {quoted}. {dated}.{file} الأرقام: {string.Join("، ", figureIds)}.";
    }

    public override string Footer(string issued, string fingerprint) => $"صدر في {issued} · بصمة البيانات {fingerprint}";
    public override string PageOf(int number, int total) => $"الصفحة {Count(number)} من {Count(total)}";

    private static string Counted(decimal count, string one, string two, string few) =>
        count == 2m ? two : count == decimal.Truncate(count) && count is >= 3 and <= 10 ? few : one;

    private string Sources(int count) => count switch
    {
        1 => "مصدر واحد",
        2 => "مصدرين",
        >= 3 and <= 10 => $"{Count(count)} مصادر",
        _ => $"{Count(count)} مصدراً",
    };
}
