using System.Collections.Frozen;

namespace Figures.Core.Extraction;

/// <summary>
/// Splits a paragraph into sentences, returning each verbatim so a quote can be found in its source.
/// A full stop ends a sentence only before white space and a capital, digit or opening quote,
/// and never after an abbreviation ("U.S.", "Dr.", "Sept.") or inside a number ("1.8").
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "st", "no", "vs", "etc",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "gov", "sen", "rep", "approx", "est", "fig", "e.g", "i.e",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const string Closers = "\"”’')]";
    private const string Openers = "\"“‘'([";

    /// <summary>The sentences of a paragraph, in order, trimmed.</summary>
    public static IReadOnlyList<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c is not ('.' or '!' or '?')) continue;
            var end = i + 1;
            while (end < paragraph.Length && Closers.Contains(paragraph[end])) end++;
            if (end >= paragraph.Length || !char.IsWhiteSpace(paragraph[end])) continue;
            var next = end;
            while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next])) next++;
            if (next >= paragraph.Length) break;
            var first = paragraph[next];
            if (!(char.IsUpper(first) || char.IsDigit(first) || Openers.Contains(first))) continue;
            if (c == '.' && IsAbbreviation(paragraph, i)) continue;
            Add(sentences, paragraph[start..end]);
            start = next;
            i = next - 1;
        }
        if (start < paragraph.Length) Add(sentences, paragraph[start..]);
        return sentences;
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0) sentences.Add(trimmed);
    }

    // The word before the full stop: "U.S" (an inner dot), a lone initial ("J"), or a known short form.
    private static bool IsAbbreviation(string text, int dot)
    {
        var begin = dot;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.')) begin--;
        var word = text[begin..dot];
        if (word.Length == 0) return false;
        if (word.Contains('.')) return true;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return Abbreviations.Contains(word);
    }
}
