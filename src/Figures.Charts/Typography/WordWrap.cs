using System.Globalization;

namespace Figures.Charts;

/// <summary>
/// The one line breaker of Figures, for the brief and the charts: breaks at spaces, and inside a word only
/// when the word alone is wider than the line (between user-perceived characters, never inside one).
/// Every word and every character is measured once, so the cost grows linearly with the text.
/// </summary>
public static class WordWrap
{
    /// <summary>
    /// The lines of <paramref name="text"/> that fit <paramref name="width"/>, measured by
    /// <paramref name="measure"/>. Explicit line breaks are kept; no text is ever dropped or shortened.
    /// </summary>
    public static IReadOnlyList<string> Lines(string text, float width, Func<string, float> measure) =>
        Lines(text, width, width, measure);

    /// <summary>
    /// As <see cref="Lines(string, float, Func{string, float})"/>, with a first line of its own width: the room left
    /// after a run-in heading ("Method. Every figure ...").
    /// </summary>
    public static IReadOnlyList<string> Lines(string text, float firstWidth, float width, Func<string, float> measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        var space = measure(" ");
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            var lineWidth = 0f;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var room = lines.Count == 0 ? firstWidth : width;
                var wordWidth = measure(word);
                var needed = line.Length == 0 ? wordWidth : lineWidth + space + wordWidth;
                if (needed <= room)
                {
                    if (line.Length > 0) line.Append(' ');
                    line.Append(word);
                    lineWidth = needed;
                    continue;
                }
                // The line is full; after a run-in heading with no room left, the heading keeps its line alone.
                if (line.Length > 0 || (lines.Count == 0 && wordWidth <= width))
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0;
                }
                if (wordWidth <= width)
                {
                    line.Append(word);
                    lineWidth = wordWidth;
                    continue;
                }
                // A word wider than the line (a long place name, a URL) is cut between characters.
                var pieces = Pieces(word, width, measure, out var tailWidth);
                foreach (var piece in pieces)
                {
                    if (line.Length > 0) lines.Add(line.ToString());
                    line.Clear().Append(piece);
                }
                lineWidth = tailWidth;
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    // Cuts a word into pieces no wider than the line; each piece holds at least one character.
    private static List<string> Pieces(string word, float width, Func<string, float> measure, out float lastWidth)
    {
        var pieces = new List<string>();
        var piece = new System.Text.StringBuilder();
        var pieceWidth = 0f;
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var elementWidth = measure(element);
            if (piece.Length > 0 && pieceWidth + elementWidth > width)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
                pieceWidth = 0;
            }
            piece.Append(element);
            pieceWidth += elementWidth;
        }
        pieces.Add(piece.ToString());
        lastWidth = pieceWidth;
        return pieces;
    }
}
