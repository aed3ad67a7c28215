using Figures.Core.Model;

namespace Figures.Benchmarks;

/// <summary>The benchmarks' figures: the project's seeded generator (Figures.Cli.Synthetic), materialised.</summary>
public static class SyntheticFigures
{
    /// <summary><paramref name="count"/> figures from seed 42.</summary>
    public static IReadOnlyList<Figure> Create(int count) => Cli.Synthetic.SyntheticFigures.Generate(count).ToArray();
}
