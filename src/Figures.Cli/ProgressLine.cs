using Spectre.Console;
using Spectre.Console.Rendering;

namespace Figures.Cli;

/// <summary>
/// One line of progress, redrawn in place: what is being read, a bar, the percentage done and
/// roughly how long is left. It starts with a carriage return and ends by erasing the rest of the
/// line, so each drawing replaces the last; it never fills the terminal's width, because a line
/// that wraps cannot be redrawn that way. On a narrow terminal the time left goes first, then the bar.
/// </summary>
internal sealed class ProgressLine(string description, long done, long total, TimeSpan elapsed) : IRenderable
{
    private const int MaxBarWidth = 40;
    private const int MinBarWidth = 10;
    private static readonly Style DoneStyle = new(Color.Green);
    private static readonly Style LeftStyle = new(Color.Grey);

    /// <summary>Erases the line the bar was drawn on.</summary>
    public static IRenderable Erase { get; } = new ControlOnly("\r\u001b[2K");

    /// <inheritdoc />
    public Measurement Measure(RenderOptions options, int maxWidth) => new(maxWidth, maxWidth);

    /// <inheritdoc />
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        var fraction = total <= 0 ? 1.0 : Math.Clamp((double)done / total, 0, 1);
        var percent = $" {(int)(fraction * 100),3}%";
        var left = TimeLeft(fraction);
        var name = new Segment(Printable(description));
        // One column stays free so that the line never wraps.
        var room = maxWidth - 1 - name.CellCount() - percent.Length;
        if (room - left.Length < MinBarWidth + 1) left = "";
        var bar = Math.Min(MaxBarWidth, room - left.Length - 1);

        var line = new List<Segment> { name };
        if (bar >= MinBarWidth)
        {
            var filled = (int)Math.Round(fraction * bar);
            var mark = options.Unicode ? '━' : '-';
            line.Add(new Segment(" "));
            line.Add(new Segment(new string(mark, filled), DoneStyle));
            line.Add(new Segment(new string(mark, bar - filled), LeftStyle));
        }
        line.Add(new Segment(percent + left));
        if (Segment.CellCount(line) > maxWidth - 1)
        {
            // Too narrow even for the name and the percentage: the name gives way, then the rest.
            line[0] = Segment.Truncate(name, Math.Max(0, maxWidth - 1 - percent.Length)) ?? Segment.Empty;
            line = Segment.Truncate(line, Math.Max(0, maxWidth - 1));
        }

        yield return Segment.Control("\r");
        foreach (var segment in line) yield return segment;
        yield return Segment.Control("\u001b[K");
    }

    // Roughly, from the pace so far: a read runs at an even pace, and seconds are precise enough.
    private string TimeLeft(double fraction)
    {
        if (fraction is <= 0.02 or >= 1) return "";
        var seconds = elapsed.TotalSeconds * (1 - fraction) / fraction;
        return seconds < 60 ? $"  about {Math.Max(1, (int)Math.Ceiling(seconds))} s left" : $"  about {(int)Math.Ceiling(seconds / 60)} min left";
    }

    // A file name may hold control characters, which would move the cursor or end the line, and
    // bidirectional controls, which would reorder what the line shows.
    private static string Printable(string text) =>
        text.Any(IsUnprintable) ? string.Concat(text.Select(c => IsUnprintable(c) ? '?' : c)) : text;

    private static bool IsUnprintable(char c) => char.IsControl(c) || c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private sealed class ControlOnly(string control) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => new(0, 0);
        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => [Segment.Control(control)];
    }
}
