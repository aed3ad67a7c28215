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

    /// <summary>Whether an article that exists could not be read (too large, not UTF-8, not a text file).</summary>
    public bool FoundUnreadable { get; private set; }

    /// <summary>A problem message for the figure's quote, or null when the quote is found.</summary>
    public string? Check(Figure figure)
    {
        if (figure.SourceFile.Length == 0) return null;
        var article = Load(figure.SourceFile);
        if (article.Unreadable is { } reason)
        {
            FoundUnreadable = true;
            return $"source_file '{figure.SourceFile}' cannot be read: {reason}";
        }
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
            article = !inside ? new Article(null, null) : IO.FileIdentity.Of(path).Kind switch
            {
                IO.FileKind.Missing => new Article(null, null),
                IO.FileKind.Regular => Decode(IO.BoundedFile.Read(path, MaxBytes)),
                // A pipe would wait for a writer for ever, a device never ends: an article is a file.
                var kind => new Article(null, $"it is not a regular file (it is {(kind == IO.FileKind.Directory ? "a folder" : kind == IO.FileKind.Pipe ? "a pipe" : "a device or a special file")})"),
            };
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

    /// <summary>The largest article read, in bytes (as <c>figures extract</c> allows).</summary>
    public const int MaxBytes = (int)Extraction.ArticleReader.MaxBytes;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The article's text only if it is UTF-8: a Latin-1 article decoded with replacement characters
    // could still "contain" a quote whose accented letters it does not have.
    private static Article Decode(byte[] bytes)
    {
        if (bytes.Length > MaxBytes) return new Article(null, $"it is larger than {MaxBytes / (1024 * 1024)} MB, too large for an article");
        if (Text.ByteOrderMark.ForeignEncoding(bytes) is { } encoding) return new Article(null, $"it is {encoding} text, not UTF-8");
        var body = bytes.AsSpan(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0);
        if (body.IndexOf((byte)0) is var nul and >= 0) return new Article(null, $"it contains a NUL byte (at byte {nul}): it is not a text file");
        try
        {
            return new Article(Normalize(Strict.GetString(body)), null);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" at byte {e.Index}" : "";
            var value = e.BytesUnknown is { Length: > 0 } unknown ? $" (0x{unknown[0]:X2}{at})" : "";
            return new Article(null, $"it is not UTF-8 text{value}; it may be Latin-1 or Windows-1252: convert it, e.g. 'iconv -f latin1 -t utf-8'");
        }
    }

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
