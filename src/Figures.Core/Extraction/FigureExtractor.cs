using Figures.Core.Model;
using Figures.Core.Text;
using Figures.Core.Wording;

namespace Figures.Core.Extraction;

/// <summary>
/// Proposes figure rows from an article, one per countable quantity with a metric term, in the spirit of
/// IDMC's IDETECT (a term, a unit, a quantity, a place and a date per sentence). The curator keeps the judgement:
/// ids stay empty, and notes say which words each guess came from. Reads the paragraphs once, in order.
/// </summary>
public static class FigureExtractor
{
    /// <summary>Extracts candidates from the paragraphs of one article.</summary>
    public static ExtractionResult Extract(IEnumerable<string> paragraphs, ArticleInfo info)
    {
        using var reader = paragraphs.GetEnumerator();
        var head = new List<string>();
        while (head.Count < ArticleHeader.LinesSearched && reader.MoveNext()) head.Add(reader.Current);
        var header = ArticleHeader.Read(head);
        var article = new ArticleInfoResolved(info, info.Title ?? header.Title, info.Published ?? header.Published);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<Figure>();
        var vague = new List<VagueMention>();
        var skipped = new List<string>();
        foreach (var paragraph in head.Concat(Rest(reader)))
        {
            if (ArticleHeader.TryParseDateLine(paragraph, out _)) continue;
            foreach (var sentence in SentenceSplitter.Split(paragraph))
            {
                if (!seen.Add(sentence)) continue;
                vague.AddRange(VagueFinder.Find(sentence).Select(phrase => new VagueMention(phrase, sentence)));
                var found = FromSentence(sentence, article);
                candidates.AddRange(found);
                if (found.Count == 0 && NumberFinder.Find(sentence).Count > 0) skipped.Add(sentence);
            }
        }
        return new ExtractionResult
        {
            Candidates = Deduplicate(candidates),
            VagueMentions = vague,
            SkippedSentences = skipped,
            SentenceCount = seen.Count,
            Title = article.Title,
            Published = article.Published,
        };
    }

    /// <summary>The candidates one sentence states.</summary>
    public static IReadOnlyList<Figure> FromSentence(string sentence, ArticleInfo info) =>
        FromSentence(sentence, new ArticleInfoResolved(info, info.Title ?? "", info.Published));

    private static List<Figure> FromSentence(string sentence, ArticleInfoResolved article)
    {
        var quantities = QuantityFinder.Find(sentence);
        var figures = new List<Figure>();
        if (quantities.Count == 0) return figures;
        var place = PlaceFinder.Find(sentence);
        var attribution = AttributionFinder.Find(sentence);
        foreach (var quantity in quantities)
        {
            if (MetricGuesser.Guess(sentence, quantity, quantities) is not { } guess) continue;
            // One is a figure only as a death or an injury ("one paramedic was killed"), never "one woman said".
            if (quantity.Value < 2m && guess.Metric is not (Metric.Killed or Metric.Injured)) continue;
            var period = PeriodResolver.Resolve(sentence, guess.Metric, article.Published);
            figures.Add(new Figure
            {
                Id = "",
                Metric = guess.Metric,
                Value = quantity.Value,
                ValueMax = quantity.ValueMax,
                Unit = quantity.Unit,
                Qualifier = quantity.Qualifier,
                Location = place.Location,
                Admin1 = place.Admin1,
                Admin1Pcode = place.Admin1Pcode,
                CountryIso3 = place.CountryIso3,
                PeriodStart = period.Start,
                PeriodEnd = period.End,
                AttributedTo = attribution,
                Publisher = article.Info.Publisher,
                Title = article.Title,
                Published = article.Published,
                Url = article.Info.Url,
                SourceFile = article.Info.SourceFile,
                Quote = sentence,
                Notes = Notes(guess, period, place, quantity),
            });
        }
        return figures;
    }

    private static string Notes(MetricGuess guess, Period period, Place place, Quantity quantity)
    {
        var notes = $"Proposed by figures extract: metric from '{guess.Cue}'";
        if (Part(guess, quantity) is { } part) notes += "; " + part;
        if (period.Evidence.Length > 0) notes += $"; period from '{period.Evidence}'";
        if (place.Location.Length == 0) notes += "; no place named in the sentence";
        return notes + ".";
    }

    // Situation reports count groups among the killed, the injured and the displaced ("among them 19 children"); the
    // dataset keeps them under the metric, and the notes say the figure is a part, so no one reads it as the whole.
    private static string? Part(MetricGuess guess, Quantity quantity)
    {
        if (guess.Metric == Metric.ChildrenShare) return "a share of the group the sentence names, not of the population";
        if (guess.Metric == Metric.Idps && MetricGuesser.IsInTheOpen(guess.Cue)) return "people in the open: a part of those living in displacement";
        var noun = quantity.Noun.ToLowerInvariant();
        if (quantity.Unit != Unit.People || !GroupNouns.Contains(noun)) return null;
        return $"counts {noun} only: a part of all those {MetricWording.Name(guess.Metric)}";
    }

    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "children", "child", "women", "woman", "girls", "girl", "boys", "boy", "men", "man", "infants", "newborns", "students", "pupils", "pupil",
        "workers", "worker", "staff", "personnel", "doctors", "doctor", "nurses", "nurse", "paramedics", "paramedic", "medics", "medic",
        "teachers", "teacher", "volunteers", "volunteer", "rescuers", "patients",
    };

    // An article often repeats a figure ("more than 38,500 ... in less than two weeks", then the agency's own words):
    // keep the statement that dates and places it best, and say the figure was repeated.
    private static List<Figure> Deduplicate(List<Figure> figures)
    {
        var kept = new List<Figure>();
        foreach (var group in figures.GroupBy(f => (f.Metric, f.Value, f.ValueMax, f.Unit)))
        {
            var best = group.OrderByDescending(Completeness).First();
            var others = group.Count() - 1;
            kept.Add(others == 0 ? best : best with { Notes = best.Notes.TrimEnd('.') + $"; stated {others + 1} times in the article." });
        }
        return kept;
    }

    private static int Completeness(Figure figure) =>
        (figure.PeriodStart is null ? 0 : 2) + (figure.PeriodEnd is null ? 0 : 1)
        + (Attribution.IsAttributed(figure) ? 1 : 0) + (figure.Location.Length == 0 ? 0 : 1);

    private static IEnumerable<string> Rest(IEnumerator<string> reader)
    {
        while (reader.MoveNext()) yield return reader.Current;
    }

    private sealed record ArticleInfoResolved(ArticleInfo Info, string Title, DateOnly? Published);
}
