using Figures.Core.Model;

namespace Figures.Benchmarks;

/// <summary>The benchmarks' figures: the project's seeded generator (Figures.Core.Synthetic), materialised.</summary>
public static class SyntheticFigures
{
    /// <summary><paramref name="count"/> figures from seed 42.</summary>
    public static IReadOnlyList<Figure> Create(int count) => Core.Synthetic.SyntheticFigures.Generate(count).ToArray();
}
