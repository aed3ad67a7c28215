using Figures.Core.Model;

namespace Figures.Charts;

/// <summary>One row of a horizontal chart: a label (and a detail line), and a mark with its value label.</summary>
internal sealed record ChartRow(string Label, string? Detail, RowMark Mark, Figure? Figure = null, string ValueLabel = "", ChartColor Color = default)
{
    /// <summary>The row's height in points.</summary>
    public double Height => Mark == RowMark.None ? 14 : Detail is null ? 16 : 22;
}
