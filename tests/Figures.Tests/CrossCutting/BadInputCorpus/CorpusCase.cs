namespace Figures.Tests.CrossCutting.BadInputCorpus;

/// <summary>
/// One file of the bad-input corpus and what a user must see for it: the exit code of
/// <c>figures validate</c> and its exact stderr lines (<c>name.expected</c> beside <c>name.csv</c>).
/// </summary>
public sealed record CorpusCase(string Name, int ExitCode, IReadOnlyList<string> Lines)
{
    /// <summary>The folder the corpus is copied to beside the test binary.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "CrossCutting", "BadInputCorpus", "Corpus");

    /// <summary>Every corpus file name (name.csv).</summary>
    public static IEnumerable<string> Names() =>
        Directory.GetFiles(Folder, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>Loads the expectation of <paramref name="name"/>: first line "exit N", then the stderr lines.</summary>
    public static CorpusCase Load(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, Path.ChangeExtension(name, ".expected")));
        Assert.StartsWith("exit ", lines[0]);
        return new CorpusCase(name, int.Parse(lines[0]["exit ".Length..], System.Globalization.CultureInfo.InvariantCulture), lines[1..]);
    }
}
