using Figures.Core.Model;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>One legend entry: what a colour or mark style means; kept only while a drawn figure <paramref name="Shows"/> it.</summary>
internal sealed record LegendKey(string Text, KeyMark Mark, SKColor Color, Func<Figure, bool>? Shows = null);
