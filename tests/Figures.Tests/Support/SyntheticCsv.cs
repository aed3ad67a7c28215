using Figures.Core.Model;
using Figures.Cli.Synthetic;
using Figures.Core.Export;

namespace Figures.Tests.Support;

/// <summary>Figures files in memory, as the dataset writer writes them.</summary>
public static class SyntheticCsv
{
    /// <summary>A file of <paramref name="rows"/> seeded synthetic figures.</summary>
    public static byte[] Bytes(int rows) => Bytes(SyntheticFigures.Generate(rows));

    /// <summary>A file of these figures.</summary>
    public static byte[] Bytes(IEnumerable<Figure> figures)
    {
        using var buffer = new MemoryStream();
        FigureCsvWriter.Write(buffer, figures);
        return buffer.ToArray();
    }
}
