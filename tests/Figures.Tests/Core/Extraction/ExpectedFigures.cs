using System.Globalization;
using Figures.Core.Model;

namespace Figures.Tests.Core.Extraction;

/// <summary>Reads a fixture's hand-labelled figures: <c>value,value_max,unit,metric,qualifier</c> per line, after a header.</summary>
public static class ExpectedFigures
{
    /// <summary>The labelled (source file, value, unit) triples of one article fixture.</summary>
    public static IReadOnlyList<(string Source, decimal Value, Unit Unit)> Read(string articlePath)
    {
        var labels = Path.ChangeExtension(articlePath, ".expected.csv");
        var source = Path.GetFileName(articlePath);
        return File.ReadAllLines(labels).Skip(1).Where(l => l.Trim().Length > 0).Select(line =>
        {
            var fields = line.Split(',');
            Assert.True(Vocabulary.TryParseUnit(fields[2], out var unit), $"{labels}: bad unit '{fields[2]}'");
            Assert.True(Vocabulary.TryParseMetric(fields[3], out _), $"{labels}: bad metric '{fields[3]}'");
            Assert.True(Vocabulary.TryParseQualifier(fields[4], out _), $"{labels}: bad qualifier '{fields[4]}'");
            return (source, decimal.Parse(fields[0], CultureInfo.InvariantCulture), unit);
        }).ToList();
    }
}
