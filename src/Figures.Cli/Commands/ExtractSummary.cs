using Figures.Core.Extraction;
using Figures.Core.Validation;

namespace Figures.Cli.Commands;

/// <summary>The short, readable account of an extraction that goes to stderr.</summary>
public static class ExtractSummary
{
    /// <summary>How many vague mentions and skipped sentences are quoted before "and N more".</summary>
    public const int Shown = 5;

    /// <summary>Writes the summary: candidates found, vague mentions, sentences skipped.</summary>
    public static void Write(TextWriter error, string articlePath, ExtractionResult result, string? outPath)
    {
        var name = Path.GetFileName(articlePath);
        var date = result.Published is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "no date found (periods left empty; pass --published)";
        error.WriteLine($"{name}: {result.SentenceCount} sentences; article date {date}");
        error.WriteLine($"  {Plural(result.Candidates.Count, "candidate")}{(outPath is null ? "" : $" written to {outPath}")} (ids empty: review each before adding it to figures.csv)");
        error.WriteLine($"  {Plural(result.VagueMentions.Count, "vague mention")} (not figures)");
        // Article text reaches a terminal here: escape sequences in it are shown, never run.
        foreach (var vague in result.VagueMentions.Take(Shown)) error.WriteLine($"    \"{Echo.Printable(vague.Phrase)}\" in: {Echo.Printable(Excerpt(vague.Sentence))}");
        if (result.VagueMentions.Count > Shown) error.WriteLine($"    and {result.VagueMentions.Count - Shown} more");
        error.WriteLine($"  {Plural(result.SkippedSentences.Count, "sentence")} with numbers skipped (dates, durations, other counts)");
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static string Excerpt(string sentence) => sentence.Length <= 90 ? sentence : sentence[..87] + "...";
}
