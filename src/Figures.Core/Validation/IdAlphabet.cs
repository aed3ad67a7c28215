using System.Globalization;

namespace Figures.Core.Validation;

/// <summary>
/// What an id may be: 1 to 64 ASCII letters, digits, '-', '_' and '.', starting with a letter or a
/// digit (<c>IDL-0001</c>). Ids are compared one way everywhere: ordinally, ignoring ASCII case, so
/// <c>IDL-0001</c> and <c>idl-0001</c> are the same id. With ASCII only, no id can hide a control
/// character, a line break or a bidirectional override, and no two ids differ only by a letter that
/// folds to another in some culture (Turkish İ, ß against SS, composed against decomposed é).
/// </summary>
public static class IdAlphabet
{
    /// <summary>The longest id.</summary>
    public const int MaxLength = 64;

    /// <summary>The comparison of ids: ordinal, ASCII case ignored (the alphabet is ASCII).</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>What is wrong with a non-empty id, or null when it is well-formed.</summary>
    public static string? Problem(ReadOnlySpan<char> id)
    {
        // Every row's id comes through here: one bit test per character, no branch per kind of character.
        if (id.Length is > 0 and <= MaxLength && char.IsAsciiLetterOrDigit(id[0]))
        {
            ulong outside = 0;
            foreach (var c in id) outside |= c < 64 ? ~Low >> c : c < 128 ? ~High >> (c - 64) : 1;
            if ((outside & 1) == 0) return null;
        }
        return Explain(id);
    }

    // The alphabet as bit masks: characters 0-63 ('-', '.', '0'-'9') and 64-127 ('A'-'Z', '_', 'a'-'z').
    private const ulong Low = (1UL << '-') | (1UL << '.') | (0x3FFUL << '0');
    private const ulong High = (0x3FFFFFFUL << ('A' - 64)) | (1UL << ('_' - 64)) | (0x3FFFFFFUL << ('a' - 64));

    private static bool Allowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';

    // Only a bad id gets here.
    private static string Explain(ReadOnlySpan<char> id)
    {
        var shown = Echo.Show(id.ToString());
        const string Rule = "ids are ASCII letters, digits, '-', '_' and '.'";
        if (id.Length > MaxLength) return $"id '{shown}' is {id.Length} characters long; ids are at most {MaxLength}";
        for (var i = 0; i < id.Length; i++)
        {
            if (!Allowed(id[i]))
            {
                var code = char.IsSurrogatePair(id.ToString(), i) ? char.ConvertToUtf32(id[i], id[i + 1]) : id[i];
                return string.Create(CultureInfo.InvariantCulture, $"id '{shown}' has {Describe(id[i], code)} at character {i + 1}; {Rule}");
            }
        }
        return $"id '{shown}' starts with '{id[0]}'; an id starts with a letter or a digit";
    }

    private static string Describe(char c, int code)
    {
        var hex = code.ToString("X4", CultureInfo.InvariantCulture);
        if (c == ' ') return "a space";
        if (char.IsControl(c)) return $"a control character (U+{hex})";
        if (code is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0x200E or 0x200F or 0x061C) return $"a bidirectional control (U+{hex})";
        return c < 128 ? $"'{c}'" : $"'{char.ConvertFromUtf32(code)}' (U+{hex}, not ASCII)";
    }
}
