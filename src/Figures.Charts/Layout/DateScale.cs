namespace Figures.Charts;

/// <summary>
/// A date axis spaced by real time (one day is the same width everywhere), ticked in days, months,
/// quarters or years according to the span and the room for labels.
/// </summary>
public sealed record DateScale(DateOnly Start, DateOnly End, DateTickUnit Unit, int Step, IReadOnlyList<DateTick> Ticks)
{
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly (DateTickUnit Unit, int Step)[] Candidates =
    [
        (DateTickUnit.Day, 1), (DateTickUnit.Day, 2), (DateTickUnit.Day, 7), (DateTickUnit.Day, 14),
        (DateTickUnit.Month, 1), (DateTickUnit.Quarter, 1), (DateTickUnit.Quarter, 2),
        (DateTickUnit.Year, 1), (DateTickUnit.Year, 2), (DateTickUnit.Year, 5), (DateTickUnit.Year, 10),
        (DateTickUnit.Year, 20), (DateTickUnit.Year, 50), (DateTickUnit.Year, 100),
    ];

    /// <summary>The scale from <paramref name="first"/> to <paramref name="last"/> (padded a little) for an axis <paramref name="width"/> points long.</summary>
    public static DateScale Create(DateOnly first, DateOnly last, double width)
    {
        if (last < first) (first, last) = (last, first);
        var span = last.DayNumber - first.DayNumber;
        var pad = span == 0 ? 14 : Math.Max(2, (int)Math.Ceiling(span * 0.04));
        var start = DateOnly.FromDayNumber(Math.Max(DateOnly.MinValue.DayNumber, first.DayNumber - pad));
        var end = DateOnly.FromDayNumber(Math.Min(DateOnly.MaxValue.DayNumber, last.DayNumber + pad));
        foreach (var (unit, step) in Candidates)
        {
            var maxTicks = Math.Max(2, (int)Math.Floor(width / Spacing(unit)) + 1);
            var dates = TickDates(start, end, unit, step, maxTicks + 1);
            if (dates.Count <= maxTicks && dates.Count >= 1)
                return new DateScale(start, end, unit, step, Label(dates, unit));
        }
        var fallback = TickDates(start, end, DateTickUnit.Year, 1000, 3);
        return new DateScale(start, end, DateTickUnit.Year, 1000, Label(fallback, DateTickUnit.Year));
    }

    /// <summary>The position of a date between two coordinates (start maps <see cref="Start"/>).</summary>
    public double Map(DateOnly date, double left, double right) => MapDay(date.DayNumber, left, right);

    /// <summary>The position of a day number (days may be fractional, e.g. the end of a day).</summary>
    public double MapDay(double dayNumber, double left, double right) =>
        left + (dayNumber - Start.DayNumber) / Math.Max(1, End.DayNumber - Start.DayNumber) * (right - left);

    // The room one tick label needs at 7.5pt: "30 Sep", "Sep", "2018", plus a gap.
    private static double Spacing(DateTickUnit unit) => unit switch
    {
        DateTickUnit.Day => 36,
        DateTickUnit.Year => 32,
        _ => 27,
    };

    private static List<DateOnly> TickDates(DateOnly start, DateOnly end, DateTickUnit unit, int step, int limit)
    {
        var dates = new List<DateOnly>();
        if (unit == DateTickUnit.Day)
        {
            // Weeks start on Mondays (day number 0 is a Monday); other steps align to the day count.
            var first = start.DayNumber + (step - start.DayNumber % step) % step;
            for (var day = first; day <= end.DayNumber && dates.Count <= limit; day += step) dates.Add(DateOnly.FromDayNumber(day));
            return dates;
        }
        var months = unit switch { DateTickUnit.Month => step, DateTickUnit.Quarter => 3 * step, _ => 12 * step };
        var index = start.Year * 12 + start.Month - 1;
        if (start.Day != 1) index++;
        index = (index + months - 1) / months * months;
        for (; dates.Count <= limit; index += months)
        {
            var year = index / 12;
            if (year > 9999) break;
            var date = new DateOnly(year, index % 12 + 1, 1);
            if (date > end) break;
            dates.Add(date);
        }
        return dates;
    }

    private static List<DateTick> Label(List<DateOnly> dates, DateTickUnit unit)
    {
        var ticks = new List<DateTick>(dates.Count);
        for (var i = 0; i < dates.Count; i++)
        {
            var date = dates[i];
            var yearChanged = i == 0 || dates[i - 1].Year != date.Year;
            var year = date.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
            ticks.Add(unit switch
            {
                DateTickUnit.Year => new DateTick(date, year, null),
                DateTickUnit.Day => new DateTick(date, $"{date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)} {MonthNames[date.Month - 1]}", yearChanged ? year : null),
                _ => new DateTick(date, MonthNames[date.Month - 1], yearChanged ? year : null),
            });
        }
        return ticks;
    }
}
