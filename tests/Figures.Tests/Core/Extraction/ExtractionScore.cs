using System.Globalization;
using Figures.Core.Model;

namespace Figures.Tests.Core.Extraction;

/// <summary>
/// Recall and precision of extracted candidates against hand-labelled figures, matching each candidate to at most
/// one unmatched expected figure with the same source file, value and unit.
/// </summary>
public sealed record ExtractionScore(int Expected, int Proposed, int Matched, IReadOnlyList<string> Missed, IReadOnlyList<string> Extra)
{
    /// <summary>Matched over expected.</summary>
    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    /// <summary>Matched over proposed.</summary>
    public double Precision => Proposed == 0 ? 1 : (double)Matched / Proposed;

    /// <summary>Scores candidates against expected (source file, value, unit) triples.</summary>
    public static ExtractionScore Of(IReadOnlyList<(string Source, decimal Value, Unit Unit)> expected, IReadOnlyList<Figure> candidates)
    {
        var open = expected.ToList();
        var extra = new List<string>();
        var matched = 0;
        foreach (var candidate in candidates)
        {
            var index = open.FindIndex(e => e.Source == candidate.SourceFile && e.Value == candidate.Value && e.Unit == candidate.Unit);
            if (index < 0)
            {
                extra.Add(Describe(candidate.SourceFile, candidate.Value, candidate.Unit) + $" ({Vocabulary.Name(candidate.Metric)}) from: {candidate.Quote}");
                continue;
            }
            open.RemoveAt(index);
            matched++;
        }
        return new ExtractionScore(expected.Count, candidates.Count, matched, open.Select(e => Describe(e.Source, e.Value, e.Unit)).ToList(), extra);
    }

    /// <summary>A readable report: the two rates, then what was missed and what was extra.</summary>
    public string Report(string label)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{label}: recall {Recall:P1} ({Matched}/{Expected}), precision {Precision:P1} ({Matched}/{Proposed})"),
        };
        lines.AddRange(Missed.Select(m => "  missed: " + m));
        lines.AddRange(Extra.Select(e => "  extra: " + e));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Describe(string source, decimal value, Unit unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{source} {value} {Vocabulary.Name(unit)}");
}
