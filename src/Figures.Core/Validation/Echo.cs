using System.Globalization;
using System.Text;

namespace Figures.Core.Validation;

/// <summary>
/// Shows a field's text inside a one-line message: control characters are escaped (a line break in
/// a quoted field must not break the FILE:LINE:COLUMN line, and a carriage return must not hide what
/// precedes it) and long text is cut, so a 1 MB field gives a short message.
/// </summary>
internal static class Echo
{
    /// <summary>The longest text shown in full.</summary>
    public const int MaxLength = 60;

    /// <summary>The text as a message shows it.</summary>
    public static string Show(string text)
    {
        var cut = text.Length > MaxLength;
        var shown = cut ? text[..CutAt(text)] : text;
        if (!cut && !shown.Any(char.IsControl)) return text;
        var builder = new StringBuilder(shown.Length + 16);
        foreach (var c in shown)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        if (cut) builder.Append(CultureInfo.InvariantCulture, $"… ({text.Length} characters)");
        return builder.ToString();
    }

    // Never split a surrogate pair: half a character would be invalid UTF-16 in the message.
    private static int CutAt(string text) => char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
}
