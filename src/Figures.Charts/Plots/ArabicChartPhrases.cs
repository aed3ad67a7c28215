using System.Globalization;
using Figures.Core.Wording;

namespace Figures.Charts;

/// <summary>The Arabic chart phrases: the same captions, notes and legends as the English ones.</summary>
internal sealed class ArabicChartPhrases(Words core) : ChartPhrases
{
    public override Words Core => core;
    public override string Caveat => "الأرقام كما أوردتها المصادر، ولم يجر التحقق منها بشكل مستقل.";
    public override string Via(string who, string publisher) => $"{core.Isolate(who)}، عبر {core.Isolate(publisher)}";
    public override string Entry(string metric, string described, string source, string? date) =>
        $"{metric}: {described} ({source}{(date is null ? "" : "، " + date)})";
    public override string FullNote(string lead, IEnumerable<string> entries) => lead + ": " + string.Join("؛ ", entries) + ".";
    public override string TerseNote(string lead, int count) => $"{lead}: عدد الأرقام {Count(count)}.";
    public override string SummaryNote(string lead, int count, IEnumerable<(int Count, string Metric)> parts) =>
        $"{lead}: عدد الأرقام {Count(count)} ({string.Join("، ", parts.Select(p => $"{p.Metric}: {Count(p.Count)}"))}).";
    public override string Shown(int shown, int selected) => shown == selected
        ? $"المعروض: الأرقام المختارة كلها ({Count(selected)})."
        : $"المعروض: {Count(shown)} من {Count(selected)} من الأرقام المختارة.";
    public override string Publishers(IReadOnlyList<string> publishers) => " الناشرون: " + string.Join("، ", publishers) + ".";
    public override string PublisherCount(string name, int count) => $"{core.Isolate(name)} ({Count(count)})";
    public override string Others(int count) => $"{Count(count)} آخرون";
    public override string Unit(Core.Model.Unit unit) => unit switch
    {
        Figures.Core.Model.Unit.People => "الأشخاص",
        Figures.Core.Model.Unit.Households => "الأسر",
        Figures.Core.Model.Unit.Localities => "البلدات والقرى",
        Figures.Core.Model.Unit.Facilities => "المنشآت",
        Figures.Core.Model.Unit.Attacks => "الهجمات",
        _ => "النسبة المئوية",
    };
    public override string LogHeading(string unit) => unit + " (مقياس لوغاريتمي)";
    public override string LogScaleNote(string unit, string low, string high) => $"{unit}: مقياس لوغاريتمي (من {low} إلى {high}).";
    public override string UndatedColumnNote => "الأرقام غير المؤرخة: عمود «بلا تاريخ».";
    public override string NoStartNote => "فترة بلا بداية مذكورة: نقطة عند نهايتها.";
    public override string NoDate => "بلا تاريخ";
    public override string OverAPeriod => "على مدى فترة";
    public override string ProjectionHollow => "تقدير مستقبلي (دائرة مفرغة)";
    public override string AsOfADate => "في تاريخ محدد";
    public override string RangeGiven => "نطاق أورده مصدر";
    public override string TimelineTitle(string? metric) => metric is null ? "الأرقام المبلغ عنها عبر الزمن" : $"{metric}: الأرقام المبلغ عنها عبر الزمن";
    public override string TimelineSubtitle(string? area) => $"{(area is null ? "" : core.Place(area) + ". ")}كل علامة رقم واحد كما أورده مصدر واحد؛ ولا تجمع الأرقام.";
    public override string SourcesTitle(string metric) => $"{metric}: ما أورده كل مصدر";
    public override string SourcesSubtitle(string? area) =>
        $"{(area is null ? "" : core.Place(area) + ". ")}صف لكل رقم مبلغ عنه (لكل ناشر حين تكثر الأرقام)؛ ويبين الخط نطاقا أورده مصدر.";
    public override string SourcesHeading(string unit, string metric, bool log) => $"{unit} ({metric})، كما أبلغ عنها{(log ? "، مقياس لوغاريتمي" : "")}";
    public override string OtherMetrics => "مقاييس أخرى، غير معروضة هنا";
    public override string ProjectionLegend(string metric) => metric + " (تقدير مستقبلي، دائرة مفرغة)";
    public override string AllPublishers(int count) => $"الناشرون كلهم ({Count(count)})";
    public override string OtherPublishers(int count) => $"ناشرون آخرون ({Count(count)})";
    public override string RowCount(string name, int count) => $"{name} (الأرقام: {Count(count)})";
    public override string NoRoom => "غير معروضة (لا متسع للوحتها بهذا الحجم)";

    public override string DateTick(DateTime date)
    {
        var day = DateOnly.FromDateTime(date);
        return date.Month == 1 && date.Day == 1 ? core.Digits(date.Year.ToString(CultureInfo.InvariantCulture))
            : date.Day == 1 ? core.MonthYear(day)
            : core.FullDate(day);
    }
}
