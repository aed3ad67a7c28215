using Figures.Core.Model;
using Figures.Reports.Definition;

namespace Figures.Reports.Model;

/// <summary>Everything a brief shows, worked out before any drawing: pure data, no PDF types.</summary>
public sealed record BriefModel
{
    /// <summary>The definition the brief was built from.</summary>
    public required BriefDefinition Definition { get; init; }
    /// <summary>The selected figures, in table order.</summary>
    public required IReadOnlyList<Figure> Figures { get; init; }
    /// <summary>Numbered sources.</summary>
    public required IReadOnlyList<SourceEntry> Sources { get; init; }
    /// <summary>One key figure per metric and unit.</summary>
    public required IReadOnlyList<KeyFigure> KeyFigures { get; init; }
    /// <summary>Generated highlight sentences, each sourced.</summary>
    public required IReadOnlyList<string> Highlights { get; init; }
    /// <summary>Where sources disagree.</summary>
    public required IReadOnlyList<Disagreement> Disagreements { get; init; }
    /// <summary>Short fingerprint of the dataset file.</summary>
    public required string Fingerprint { get; init; }
    /// <summary>The build date printed in the footer.</summary>
    public required DateOnly BuildDate { get; init; }
    /// <summary>The period covered, for reading.</summary>
    public required string PeriodLabel { get; init; }
    /// <summary>The area covered, for reading.</summary>
    public required string AreaLabel { get; init; }

    /// <summary>The source number of each figure's article, by figure id.</summary>
    public required IReadOnlyDictionary<string, int> SourceNumberById { get; init; }

    /// <summary>The source number of a figure's article.</summary>
    public int SourceNumberOf(Figure figure) => SourceNumberById[figure.Id];
}
