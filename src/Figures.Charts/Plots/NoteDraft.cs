using Figures.Core.Model;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>A footnote about figures: a lead and the figures it is about, worded in full or summarised.</summary>
internal sealed record NoteDraft(string Lead, IReadOnlyList<Figure> Figures);
