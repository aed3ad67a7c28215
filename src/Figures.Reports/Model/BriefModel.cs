using Figures.Core.Model;
using Figures.Core.Wording;
using Figures.Reports.Definition;

namespace Figures.Reports.Model;

/// <summary>Everything a brief shows, worked out before any drawing: pure data, no drawing types.</summary>
public sealed record BriefModel
{
    /// <summary>The definition the brief was built from.</summary>
    public required BriefDefinition Definition { get; init; }
    /// <summary>The selected figures, in table order.</summary>
    public required IReadOnlyList<Figure> Figures { get; init; }
    /// <summary>Numbered sources.</summary>
    public required IReadOnlyList<SourceEntry> Sources { get; init; }
    /// <summary>One key figure per measure that has an undisputed figure to headline.</summary>
    public required IReadOnlyList<KeyFigure> KeyFigures { get; init; }
    /// <summary>The situation overview: one sourced sentence per undisputed figure worth stating, each figure once.</summary>
    public required IReadOnlyList<string> Highlights { get; init; }
    /// <summary>Where sources disagree.</summary>
    public required IReadOnlyList<Disagreement> Disagreements { get; init; }
    /// <summary>The figures that others contradict from a stronger standing: never headlined.</summary>
    public required IReadOnlySet<Figure> Disputed { get; init; }
    /// <summary>Short fingerprint of the dataset file.</summary>
    public required string Fingerprint { get; init; }
    /// <summary>The date of issue (the definition's, else the day the brief was built).</summary>
    public required DateOnly Issued { get; init; }
    /// <summary>A warning for page 1 when the newest figure is much older than the date of issue, else null.</summary>
    public string? AgeNotice { get; init; }
    /// <summary>The period covered, for reading.</summary>
    public required string PeriodLabel { get; init; }
    /// <summary>The area covered, for reading.</summary>
    public required string AreaLabel { get; init; }

    /// <summary>The core phrase table of the brief's language and digits (English unless the definition asks otherwise).</summary>
    public Words Words => Phrases.Core;
    /// <summary>The brief's phrase table.</summary>
    public BriefWords Phrases { get; init; } = BriefWords.English;

    /// <summary>The source number of each figure's article, by figure id.</summary>
    public required IReadOnlyDictionary<string, int> SourceNumberById { get; init; }

    /// <summary>The source number of a figure's article.</summary>
    public int SourceNumberOf(Figure figure) => SourceNumberById[figure.Id];
}
