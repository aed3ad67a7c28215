namespace Figures.Charts;

/// <summary>Breaks text into lines that fit a width, shortening what does not fit rather than overflowing.</summary>
internal static class TextWrap
{
    private const string Ellipsis = "…";

    /// <summary>Words wrapped into at most <paramref name="maxLines"/> lines; the last line ends in "…" when text is left over.</summary>
    public static List<string> Wrap(string text, double width, double size, int maxLines, TextWeight weight = TextWeight.Normal)
    {
        var lines = new List<string>();
        var current = "";
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var candidate = current.Length == 0 ? words[i] : current + " " + words[i];
            if (TextMetrics.Width(candidate, size, weight) <= width)
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0) lines.Add(current);
            current = words[i];
            if (lines.Count == maxLines)
            {
                lines[^1] = Ellipsize(lines[^1] + " " + string.Join(' ', words[i..]), width, size, weight);
                return lines;
            }
        }
        if (current.Length > 0) lines.Add(current);
        for (var i = 0; i < lines.Count; i++) lines[i] = Ellipsize(lines[i], width, size, weight);
        return lines;
    }

    /// <summary>The text, cut and ended with "…" if it is wider than <paramref name="width"/>.</summary>
    public static string Ellipsize(string text, double width, double size, TextWeight weight = TextWeight.Normal)
    {
        if (TextMetrics.Width(text, size, weight) <= width) return text;
        var low = 0;
        var high = text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (TextMetrics.Width(text[..mid].TrimEnd() + Ellipsis, size, weight) <= width) low = mid;
            else high = mid - 1;
        }
        return text[..low].TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// "Lead: a, b, c." wrapped into at most <paramref name="maxLines"/> lines; entries that do not fit are
    /// summarised as "and N more." so a long list never overflows and nothing disappears without a count.
    /// </summary>
    public static List<string> WrapList(string lead, IReadOnlyList<string> entries, double width, double size, int maxLines, string separator = ",")
    {
        var lines = new List<List<(string Text, bool IsEntry)>> { new() };
        var widths = new List<double> { 0 };
        var space = TextMetrics.Width(" ", size);
        bool Add((string Text, bool IsEntry) piece)
        {
            var pieceWidth = TextMetrics.Width(piece.Text, size);
            var line = lines[^1];
            var needed = line.Count == 0 ? pieceWidth : widths[^1] + space + pieceWidth;
            if (needed <= width || line.Count == 0)
            {
                line.Add(piece);
                widths[^1] = needed;
                return true;
            }
            if (lines.Count == maxLines) return false;
            lines.Add([piece]);
            widths.Add(pieceWidth);
            return true;
        }

        foreach (var word in lead.Split(' ', StringSplitOptions.RemoveEmptyEntries)) Add((Ellipsize(word, width, size), false));
        var shown = 0;
        for (; shown < entries.Count; shown++)
        {
            var text = Ellipsize(entries[shown], width * 0.9, size) + (shown == entries.Count - 1 ? "." : separator);
            if (!Add((text, true))) break;
        }
        if (shown < entries.Count)
        {
            var last = lines[^1];
            while (true)
            {
                var tail = $"and {entries.Count - shown} more.";
                var candidate = string.Join(' ', last.Select(p => p.Text).Append(tail));
                if (TextMetrics.Width(candidate, size) <= width || !last.Any(p => p.IsEntry))
                {
                    last.Add((tail, false));
                    break;
                }
                last.RemoveAt(last.Count - 1);
                shown--;
            }
        }
        return lines.Where(l => l.Count > 0).Select(l => string.Join(' ', l.Select(p => p.Text))).ToList();
    }
}
