using Figures.Core.Model;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>The plots of a panel, left to right, and the width of each in points (the last takes the rest).</summary>
internal sealed record PanelPlots(IReadOnlyList<(ScottPlot.Plot Plot, float Width)> Cells);
