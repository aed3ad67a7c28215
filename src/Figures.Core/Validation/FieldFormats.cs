using static System.FormattableString;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Figures.Core.Validation;

/// <summary>The strict field formats of figures.csv, with messages that say how to fix a near miss.</summary>
public static partial class FieldFormats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^[0-9]{1,3}(,[0-9]{2,3})*,[0-9]{3}(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaGrouped();

    [GeneratedRegex(@"^[0-9]+,[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"^[0-9]{1,3}(\.[0-9]{3})+,[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DotGroupedDecimalComma();

    [GeneratedRegex(@"^[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashDate();

    [GeneratedRegex(@"^[0-9]{5}$", RegexOptions.CultureInvariant)]
    private static partial Regex ExcelSerial();

    // The hot path of every row: a hand-written check of yyyy-MM-dd in ASCII digits, no allocation.
    private static bool TryIsoDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        // Eight digits, each checked without branching (three dates on every row come through here).
        uint y1 = Digit(text[0]), y2 = Digit(text[1]), y3 = Digit(text[2]), y4 = Digit(text[3]);
        uint m1 = Digit(text[5]), m2 = Digit(text[6]), d1 = Digit(text[8]), d2 = Digit(text[9]);
        if ((y1 > 9) | (y2 > 9) | (y3 > 9) | (y4 > 9) | (m1 > 9) | (m2 > 9) | (d1 > 9) | (d2 > 9)) return false;
        var year = (int)(y1 * 1000 + y2 * 100 + y3 * 10 + y4);
        var month = (int)(m1 * 10 + m2);
        var day = (int)(d1 * 10 + d2);
        if (year < 1 || month is < 1 or > 12 || day < 1) return false;
        // The day number straight from the calendar, instead of DateTime's checked constructors:
        // every row has up to three dates.
        var leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        var before = leap ? DaysBeforeMonthLeap : DaysBeforeMonth;
        if (day > before[month] - before[month - 1]) return false;
        var y = year - 1;
        date = DateOnly.FromDayNumber(y * 365 + y / 4 - y / 100 + y / 400 + before[month - 1] + day - 1);
        return true;
    }

    // Days in the year before each month, and before the next year (index 12).
    private static readonly int[] DaysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
    private static readonly int[] DaysBeforeMonthLeap = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366];

    // The value of an ASCII digit; above 9 for any other character.
    private static uint Digit(char c) => (uint)(c - '0');

    // Same as the PlainNumber pattern (digits, optionally '.' and more digits), without a regex per row.
    private static bool IsPlainNumber(ReadOnlySpan<char> text)
    {
        var dot = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i])) continue;
            if (text[i] != '.' || dot >= 0 || i == 0 || i == text.Length - 1) return false;
            dot = i;
        }
        return text.Length > 0;
    }

    // Most values are whole numbers of a few ASCII digits: summed directly, they skip the general
    // decimal parser. False for anything else (a '.', a space, a sign, more than 18 digits).
    private static bool TryWholeNumber(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        if (text.Length is 0 or > 18) return false;
        var whole = 0L;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
            whole = whole * 10 + (c - '0');
        }
        value = whole;
        return true;
    }

    /// <summary>Parses a value field: invariant digits with an optional decimal point, nothing else.</summary>
    public static bool TryParseValue(ReadOnlySpan<char> text, string column, out decimal value, out string? error)
    {
        error = null;
        // The common case in one pass, before any trimming. The rest is a method of its own, so that
        // recompiling this one, which runs on every row, does not compile the rest with it.
        return TryWholeNumber(text, out value) || TryParseOtherValue(text, column, out value, out error);
    }

    private static bool TryParseOtherValue(ReadOnlySpan<char> text, string column, out decimal value, out string? error)
    {
        error = null;
        value = 0m;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            error = $"{column} is empty";
            return false;
        }
        if (IsPlainNumber(trimmed))
        {
            if (!TryWholeNumber(trimmed, out value)
                && !(decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, Invariant, out value) && IsExact(trimmed, value)))
            {
                // decimal rounds past 28 significant digits: 38500.0000000000000000000000001 would become 38500.
                value = 0m;
                error = $"{column} '{Echo.Show(text.ToString())}' has more digits than a value can hold exactly ({MaxDigits} significant digits at most); round it";
                return false;
            }
            if (trimmed.Length != text.Length) error = $"{column} '{Echo.Show(text.ToString())}' has spaces around it";
            return error is null;
        }
        error = Explain(trimmed.ToString(), column);
        return false;
    }

    // decimal holds any number of up to 28 significant digits with up to 28 decimals exactly.
    private const int MaxDigits = 28;

    // Whether `value` is exactly the plain number `text` (digits, an optional '.'): decimal.TryParse
    // rounds what it cannot hold instead of failing.
    private static bool IsExact(ReadOnlySpan<char> text, decimal value)
    {
        var dot = text.IndexOf('.');
        var significant = text.TrimStart('0').Length - (dot >= 0 ? 1 : 0);
        if (significant <= MaxDigits && (dot < 0 || text.Length - dot - 1 <= MaxDigits)) return true;
        var canonical = text.TrimStart('0').ToString();
        if (canonical.Length == 0 || canonical[0] == '.') canonical = "0" + canonical;
        return value.ToString(Invariant) == canonical;
    }

    private static string Explain(string text, string column)
    {
        if (WithAsciiDigits(text) is { } ascii && PlainNumber().IsMatch(ascii))
            return $"{column} '{Echo.Show(text)}' is written with non-ASCII digits; write {ascii}";
        if (text.StartsWith('-') && decimal.TryParse(text, NumberStyles.Float, Invariant, out _))
            return $"{column} '{Echo.Show(text)}' is negative; counts and proportions are never below zero";
        // A typographic minus or dash, as word processors write it: still a negative number, not words.
        if (text.Length > 1 && text[0] is '\u2212' or '\u2013' or '\u2014' or '\uFE63' && IsPlainNumber(text.AsSpan(1)))
            return $"{column} '{Echo.Show(text)}' is negative (its first character is a minus sign or a dash, U+{(int)text[0]:X4}); counts and proportions are never below zero";
        if (text.Length > 1 && text[0] == '+' && IsPlainNumber(text.AsSpan(1)))
            return $"{column} '{Echo.Show(text)}' has a plus sign; write {text[1..]}";
        if (text.Length > 1 && text[^1] == '.' && IsPlainNumber(text.AsSpan(0, text.Length - 1)))
            return $"{column} '{Echo.Show(text)}' ends with a decimal point; write {text[..^1]}";
        if (text.Length > 1 && text[0] == '.' && IsPlainNumber(text.AsSpan(1)))
            return $"{column} '{Echo.Show(text)}' starts with a decimal point; write 0{text}";
        if (text.Equals("NaN", StringComparison.OrdinalIgnoreCase) || text.Contains("infinity", StringComparison.OrdinalIgnoreCase) || text is "∞" or "-∞")
            return $"{column} '{Echo.Show(text)}' is not a number";
        // Groups of three after a comma read as thousands (38,500); anything else with one comma is a
        // decimal comma as de-DE or tr-TR spreadsheets write it (1,8), and must not become 18.
        if (CommaGrouped().IsMatch(text) && decimal.TryParse(text.Replace(",", ""), NumberStyles.AllowDecimalPoint, Invariant, out var grouped))
            return $"{column} '{Echo.Show(text)}' has a thousands separator; write {grouped.ToString(Invariant)}";
        if (DecimalComma().IsMatch(text) && decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, Invariant, out var commaDecimal))
            return $"{column} '{Echo.Show(text)}' has a decimal comma; write {commaDecimal.ToString(Invariant)}";
        if (DotGroupedDecimalComma().IsMatch(text) && decimal.TryParse(text.Replace(".", "").Replace(',', '.'), NumberStyles.AllowDecimalPoint, Invariant, out var european))
            return $"{column} '{Echo.Show(text)}' groups thousands with '.' and has a decimal comma; write {european.ToString(Invariant)}";
        var words = Text.NumberFinder.Find(text);
        if (words.Count == 1 && !words[0].IsPercent && text.Any(char.IsLetter))
            return $"{column} '{Echo.Show(text)}' is written in words; write {words[0].Value.ToString(Invariant)}";
        if (text.EndsWith('%'))
            return $"{column} '{Echo.Show(text)}' has a percent sign; write {Echo.Show(text.TrimEnd('%').Trim())} with unit 'percent'";
        if (decimal.TryParse(text, NumberStyles.Float, Invariant, out var scientific))
            return $"{column} '{Echo.Show(text)}' is not a plain decimal number; write {scientific.ToString(Invariant)}";
        return $"{column} '{Echo.Show(text)}' is not a number (use digits and an optional '.', e.g. 38500)";
    }

    // Arabic-Indic, Persian or full-width digits as some keyboards and spreadsheets type them, in ASCII;
    // null when the text has none. Only [0-9] counts as a digit anywhere else.
    private static string? WithAsciiDigits(string text)
    {
        if (text.Length > Echo.MaxLength || !text.Any(c => c > '\u007F' && CharUnicodeInfo.GetDecimalDigitValue(c) >= 0)) return null;
        return string.Concat(text.Select(c => CharUnicodeInfo.GetDecimalDigitValue(c) is var d and >= 0 ? (char)('0' + d) : c == '\uFF0D' ? '-' : c == '\uFF0E' ? '.' : c));
    }

    /// <summary>Parses an ISO yyyy-MM-dd date, explaining day-first, month-first and Excel serial dates.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> field, string column, out DateOnly date, out string? error)
    {
        error = null;
        if (TryIsoDate(field, out date)) return true;
        error = DateProblem(field.ToString(), column);
        return false;
    }

    // Only a problem gets here: strings for the message cost nothing on the hot path.
    private static string DateProblem(string text, string column)
    {
        string error;
        var trimmed = text.Trim();
        if (WithAsciiDigits(trimmed) is { } ascii && DateOnly.TryParseExact(ascii, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out _))
            error = $"{column} '{Echo.Show(text)}' is written with non-ASCII digits; write {ascii}";
        else if (SlashDate().IsMatch(trimmed))
            error = $"{column} '{Echo.Show(text)}' is not an ISO date; write it as yyyy-MM-dd (day and month order is ambiguous here)";
        else if (ExcelSerial().IsMatch(trimmed))
        {
            var serial = int.Parse(trimmed, Invariant);
            var guess = DateOnly.FromDateTime(new DateTime(1899, 12, 30).AddDays(serial));
            error = Invariant($"{column} '{Echo.Show(text)}' looks like an Excel serial date ({guess:yyyy-MM-dd}?); write it as yyyy-MM-dd");
        }
        else if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out _))
            error = $"{column} '{Echo.Show(text)}' has spaces around it";
        else
            error = $"{column} '{Echo.Show(text)}' is not a date in the form yyyy-MM-dd";
        return error;
    }
}
