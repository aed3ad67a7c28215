using Figures.Core.Extraction;
using Figures.Core.Model;
using Figures.Tests.Support;

namespace Figures.Tests.Core.Extraction;

/// <summary>Runs the extractor over article files the way the command does, for the quality tests.</summary>
public static class ExtractionRun
{
    /// <summary>The candidates of every article file, in file order.</summary>
    public static IReadOnlyList<Figure> Articles(IEnumerable<string> paths)
    {
        var all = new List<Figure>();
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(path);
            var result = FigureExtractor.Extract(ArticleReader.ReadParagraphs(stream, path), new ArticleInfo { SourceFile = Path.GetFileName(path) });
            all.AddRange(result.Candidates);
        }
        return all;
    }

    /// <summary>The folder of the hand-labelled fixture articles.</summary>
    public static string FixtureFolder => Path.Combine(Paths.Repo, "tests", "Figures.Tests", "Core", "Extraction", "Data");
}
