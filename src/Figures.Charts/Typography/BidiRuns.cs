using Figures.Core.Diagnostics;

namespace Figures.Charts;

/// <summary>
/// The Unicode bidirectional algorithm (UAX #9), from the system's ICU through icu.net: a right-to-left line cut into
/// runs of one direction each, in visual order (leftmost first). ICU is the library .NET itself uses on Linux, so a
/// machine that runs .NET has it; icu.net opens it by its versioned name (libicuuc.so.72 on Debian 12), which the
/// runtime package libicu72 provides.
/// </summary>
internal static class BidiRuns
{
    /// <summary>The message when ICU cannot be loaded.</summary>
    public const string NoIcuAdvice =
        "right-to-left text needs the ICU library and none was found; install it (on Debian or Ubuntu: apt-get install libicu72, or the libicu package of your release)";

    /// <summary>The runs of <paramref name="text"/> as a paragraph whose base direction is right to left, leftmost first.</summary>
    /// <exception cref="FiguresException">ICU is not installed (exit 2).</exception>
    public static IReadOnlyList<(int Start, int Length, bool RightToLeft)> Visual(string text)
    {
        try
        {
            using var bidi = new Icu.BiDi();
            bidi.SetPara(text, 1, null);
            var count = bidi.CountRuns();
            var runs = new List<(int, int, bool)>(count);
            for (var i = 0; i < count; i++)
            {
                var direction = bidi.GetVisualRun(i, out var start, out var length);
                runs.Add((start, length, direction == Icu.BiDi.BiDiDirection.RTL));
            }
            return runs;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException)
        {
            throw new FiguresException(NoIcuAdvice);
        }
    }
}
