using System.Globalization;
using Figures.Core.Model;

namespace Figures.Tests.Core.Extraction;

/// <summary>
/// Recall and precision of candidates against labelled figures. Each candidate is matched to at most one unmatched
/// label of the same text with the same value, upper bound and unit, and, when <c>withMetric</c>, the same metric.
/// </summary>
public sealed record LabelledScore(int Expected, int Proposed, int Matched, IReadOnlyList<string> Missed, IReadOnlyList<string> Extra)
{
    /// <summary>Matched over expected.</summary>
    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    /// <summary>Matched over proposed.</summary>
    public double Precision => Proposed == 0 ? 1 : (double)Matched / Proposed;

    /// <summary>Scores candidates against the labels.</summary>
    public static LabelledScore Of(IReadOnlyList<LabelledFigure> labels, IReadOnlyList<Figure> candidates, bool withMetric)
    {
        var open = labels.ToList();
        var extra = new List<string>();
        var matched = 0;
        foreach (var candidate in candidates)
        {
            var index = open.FindIndex(l => l.File == candidate.SourceFile && l.Value == candidate.Value && l.ValueMax == candidate.ValueMax
                && l.Unit == Vocabulary.Name(candidate.Unit) && (!withMetric || l.Metric == Vocabulary.Name(candidate.Metric)));
            if (index < 0)
            {
                extra.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{candidate.SourceFile} {candidate.Value}{(candidate.ValueMax is { } max ? "-" + max.ToString(CultureInfo.InvariantCulture) : "")} {Vocabulary.Name(candidate.Unit)} {Vocabulary.Name(candidate.Metric)} from: {candidate.Quote}"));
                continue;
            }
            open.RemoveAt(index);
            matched++;
        }
        var missed = open.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.File} {l.Value} {l.Unit} {l.Metric}: \"{l.Span}\"")).ToList();
        return new LabelledScore(labels.Count, candidates.Count, matched, missed, extra);
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
}
