namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>One field-level mutation: data row (modulo the row count) and column get a new value.</summary>
public sealed record FieldEdit(int Row, int Column, string Value)
{
    /// <summary>Values a hand-edited spreadsheet puts in cells.</summary>
    public static string[] Nasty { get; } =
    [
        "", " ", "38,500", "3 million", "-1", "-0", "NaN", "Infinity", "-∞", "1e400", "1.8e6", "79228162514264337593543950336",
        "99999999999999999999999999999.5", "0.00000000000000000000000000001", "1,8", "1.234,5", "50%", "½", "٣٨٥٠٠", "３８５００",
        "14/09/2018", "09/14/2018", "14.09.2018", "43357", "٤٣٣٥٧", "99999", "0001-01-01", "9999-12-31", "2018-02-30", " 2018-09-14",
        "IDPS", "Idps", "ıdps", "İDPS", "percent", "PEOPLE", "more than", "http://", "javascript:alert(1)", "https://[::1", "SY٠٧",
        "=HYPERLINK(\"x\")", "\"", "\n", "\r", "a\"b", new string('x', 5000), "IDL-0001", "idl-0001", "\uFEFF", "\u0000",
        "79228162514264337593543950335 billion people", "100,000,000,000,000,000,000,000,000,000 people", "1.8٣٨ million",
        string.Join(' ', Enumerable.Repeat("hundred", 20)) + " people", "one hundred thousand million billion trillion people",
    ];
}
