using Figures.Core.Diagnostics;

namespace Figures.Charts;

/// <summary>
/// The Unicode bidirectional algorithm (UAX #9) for right-to-left paragraphs. The embedding levels come from the
/// system's ICU through icu.net, resolved once for a whole paragraph (so a bracket pair that a line break splits still
/// takes one direction, rule N0); each line is then reordered by levels (rules L1 and L2) into runs of one direction,
/// in visual order. ICU is the library .NET itself uses on Linux, so a machine that runs .NET has it; icu.net opens it
/// by its versioned name (libicuuc.so.72 on Debian 12), which the runtime package libicu72 provides.
/// </summary>
internal static class BidiRuns
{
    /// <summary>The message when ICU cannot be loaded.</summary>
    public const string NoIcuAdvice =
        "right-to-left text needs the ICU library and none was found; install it (on Debian or Ubuntu: apt-get install libicu72, or the libicu package of your release)";

    // Lines of one paragraph are drawn one after another: its levels are resolved once.
    [ThreadStatic] private static string? _paragraph;
    [ThreadStatic] private static byte[]? _levels;

    /// <summary>The runs of <paramref name="text"/> as a right-to-left paragraph of its own, leftmost first.</summary>
    public static IReadOnlyList<(int Start, int Length, bool RightToLeft)> Visual(string text) => Visual(text, 0, text.Length);

    /// <summary>
    /// The runs of the line <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> of a
    /// right-to-left <paramref name="paragraph"/>, leftmost first; starts are indexes into the paragraph.
    /// </summary>
    /// <exception cref="FiguresException">ICU is not installed (exit 2).</exception>
    public static IReadOnlyList<(int Start, int Length, bool RightToLeft)> Visual(string paragraph, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, paragraph.Length);
        if (length == 0) return [];
        var levels = Levels(paragraph).AsSpan(start, length).ToArray();
        // L1: whitespace at the end of a line takes the paragraph's level.
        for (var i = length - 1; i >= 0 && char.IsWhiteSpace(paragraph[start + i]); i--) levels[i] = 1;
        // L2: from the highest level down to the lowest odd one, reverse every sequence at that level or above.
        var order = new int[length];
        for (var i = 0; i < length; i++) order[i] = i;
        var highest = levels.Max();
        var lowestOdd = (byte)(levels.Min() | 1);
        for (var level = highest; level >= lowestOdd; level--)
        {
            for (var i = 0; i < length;)
            {
                if (levels[order[i]] < level)
                {
                    i++;
                    continue;
                }
                var end = i;
                while (end < length && levels[order[end]] >= level) end++;
                Array.Reverse(order, i, end - i);
                i = end;
            }
        }
        // Neighbours on the line of one level and consecutive in the text form one run.
        var runs = new List<(int, int, bool)>();
        for (var i = 0; i < length;)
        {
            var level = levels[order[i]];
            var rtl = (level & 1) == 1;
            var end = i + 1;
            while (end < length && levels[order[end]] == level && order[end] == order[end - 1] + (rtl ? -1 : 1)) end++;
            var first = rtl ? order[end - 1] : order[i];
            runs.Add((start + first, end - i, rtl));
            i = end;
        }
        return runs;
    }

    private static byte[] Levels(string paragraph)
    {
        if (ReferenceEquals(paragraph, _paragraph) || paragraph == _paragraph) return _levels!;
        try
        {
            using var bidi = new Icu.BiDi();
            bidi.SetPara(paragraph, 1, null);
            _levels = bidi.GetLevels().ToArray();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException)
        {
            throw new FiguresException(NoIcuAdvice);
        }
        _paragraph = paragraph;
        return _levels;
    }
}
