using System.Text;
using Figures.Core.Model;

namespace Figures.Core.Validation;

/// <summary>
/// Checks that each figure's quote appears verbatim in its archived source article
/// (<c>DIR/source_file</c>), after normalising whitespace and typographic quotes and dashes.
/// </summary>
public sealed class SourceQuoteCheck(string sourcesFolder)
{
    private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);

    /// <summary>A problem message for the figure's quote, or null when the quote is found.</summary>
    public string? Check(Figure figure)
    {
        if (figure.SourceFile.Length == 0) return null;
        var article = Load(figure.SourceFile);
        if (article.Unreadable is { } reason) return $"source_file '{figure.SourceFile}' cannot be read: {reason}";
        if (article.Text is null) return $"source_file '{figure.SourceFile}' was not found in '{sourcesFolder}'";
        return article.Text.Contains(Normalize(figure.Quote), StringComparison.Ordinal)
            ? null
            : $"quote not found verbatim in {figure.SourceFile}";
    }

    private Article Load(string sourceFile)
    {
        if (_articles.TryGetValue(sourceFile, out var cached)) return cached;
        var path = Path.Combine(sourcesFolder, sourceFile);
        // A source_file that climbs out of the folder is not a source: never read outside it.
        var inside = Path.GetFullPath(path).StartsWith(Path.GetFullPath(sourcesFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        Article article;
        try
        {
            article = new Article(inside && File.Exists(path) ? Normalize(File.ReadAllText(path, Encoding.UTF8)) : null, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable article is a problem of the rows that cite it, not a crash of the check.
            article = new Article(null, e.Message);
        }
        _articles[sourceFile] = article;
        return article;
    }

    private sealed record Article(string? Text, string? Unreadable);

    /// <summary>Collapses whitespace and maps typographic quotes, apostrophes and dashes to ASCII.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                '\u2013' or '\u2014' or '\u2212' => '-',
                '\u00A0' => ' ',
                _ => raw,
            };
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
