using Figures.Core.Model;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// What a chart kind decided, before anything is drawn: the words, the legend, the panels and the notes.
/// Pure: the same request gives the same draft.
/// </summary>
internal sealed class ChartDraft
{
    public required string Title { get; init; }
    public required string Subtitle { get; init; }
    public required List<LegendKey> Legend { get; init; }
    public required List<PanelDraft> Panels { get; init; }
    /// <summary>Figures that cannot be placed whatever the size (no date on a time axis, another metric).</summary>
    public List<NoteDraft> Notes { get; init; } = [];
    /// <summary>Plain sentences for the caption: the scale rules that were applied.</summary>
    public List<string> ScaleNotes { get; init; } = [];
}
