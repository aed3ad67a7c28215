using System.Globalization;
using System.Text;

namespace Figures.Core.Validation;

/// <summary>
/// Shows a field's text inside a one-line message: control characters are escaped (a line break in
/// a quoted field must not break the FILE:LINE:COLUMN line, and a carriage return must not hide what
/// precedes it) and long text is cut, so a 1 MB field gives a short message. Bidirectional controls
/// (U+202E ...) are escaped too, so text cannot reorder the rest of a line on a terminal.
/// </summary>
public static class Echo
{
    /// <summary>The longest text shown in full.</summary>
    public const int MaxLength = 60;

    /// <summary>The text as a message shows it.</summary>
    public static string Show(string text)
    {
        var cut = text.Length > MaxLength;
        var shown = cut ? text[..CutAt(text)] : text;
        if (!cut && !shown.Any(NeedsEscape)) return text;
        var builder = new StringBuilder(shown.Length + 16);
        Escape(shown, builder);
        if (cut) builder.Append(CultureInfo.InvariantCulture, $"… ({text.Length} characters)");
        return builder.ToString();
    }

    /// <summary>
    /// The whole text, safe to print on a terminal: control characters (escape sequences, bells,
    /// line breaks) and bidirectional controls written as visible escapes, nothing cut.
    /// </summary>
    public static string Printable(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var builder = new StringBuilder(text.Length + 16);
        Escape(text, builder);
        return builder.ToString();
    }

    private static void Escape(string text, StringBuilder builder)
    {
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when NeedsEscape(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
    }

    // Controls (C0, DEL, C1) and the bidirectional embeddings, overrides and isolates, which reorder
    // what follows them; the marks (U+200E, U+200F) only attach to text and stay.
    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    // Never split a surrogate pair: half a character would be invalid UTF-16 in the message.
    private static int CutAt(string text) => char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
}
