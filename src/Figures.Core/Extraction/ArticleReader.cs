using System.Text;
using Figures.Core.Diagnostics;

namespace Figures.Core.Extraction;

/// <summary>
/// Reads a plain-text article as paragraphs, one at a time, so memory stays bounded whatever the file.
/// Refuses what is not a UTF-8 article (empty, binary, UTF-16, Latin-1, too large) with a message a user can act on.
/// </summary>
public static class ArticleReader
{
    /// <summary>The largest article accepted, in bytes (news pages and situation reports are far smaller).</summary>
    public const long MaxBytes = 10L * 1024 * 1024;

    /// <summary>The longest paragraph accepted, in characters; longer means the file is not prose.</summary>
    public const int MaxParagraphChars = 200_000;

    /// <summary>
    /// The paragraphs of the article, in order: blank lines separate paragraphs, and a line that does not
    /// end a sentence is joined to a next line that starts in lower case (hard-wrapped prose).
    /// Throws <see cref="FiguresException"/> (exit 2) on input that is not a UTF-8 article.
    /// </summary>
    public static IEnumerable<string> ReadParagraphs(Stream stream, string name)
    {
        var any = false;
        var paragraph = new StringBuilder();
        foreach (var raw in ReadLines(stream, name))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (paragraph.Length > 0) yield return Take(paragraph);
                continue;
            }
            any = true;
            if (paragraph.Length > 0 && !Continues(paragraph, line)) yield return Take(paragraph);
            if (paragraph.Length > 0) paragraph.Append(' ');
            paragraph.Append(line);
            if (paragraph.Length > MaxParagraphChars)
                throw new FiguresException($"{name} has a paragraph longer than {MaxParagraphChars} characters; it does not look like an article");
        }
        if (paragraph.Length > 0) yield return Take(paragraph);
        if (!any) throw new FiguresException($"{name} has no text (it is empty or only blank lines)");
    }

    // A hard-wrapped line: the previous line stops mid-sentence and this one carries on in lower case.
    private static bool Continues(StringBuilder previous, string line)
    {
        var last = previous[^1];
        return ".!?:\"”'’]".IndexOf(last) < 0 && char.IsLower(line[0]);
    }

    private static string Take(StringBuilder builder)
    {
        var text = builder.ToString();
        builder.Clear();
        return text;
    }

    private static IEnumerable<string> ReadLines(Stream stream, string name)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[bytes.Length + 4];
        var line = new StringBuilder();
        long total = 0;
        var lineNumber = 1;
        int read;
        while ((read = ReadBlock(stream, bytes)) > 0)
        {
            if (total == 0) CheckStart(bytes.AsSpan(0, read), name);
            var nul = bytes.AsSpan(0, read).IndexOf((byte)0);
            if (nul >= 0)
                throw new FiguresException($"{name} contains NUL bytes (at byte {(total + nul).ToString(System.Globalization.CultureInfo.InvariantCulture)}): it is a binary file or UTF-16/UTF-32 text, not a UTF-8 article");
            total += read;
            if (total > MaxBytes)
                throw new FiguresException($"{name} is larger than {MaxBytes / (1024 * 1024)} MB; an article is expected to be far smaller");
            int count;
            try
            {
                count = decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            catch (DecoderFallbackException e)
            {
                throw NotUtf8(name, lineNumber + bytes.AsSpan(0, Math.Clamp(e.Index, 0, read)).Count((byte)'\n'), e);
            }
            for (var i = 0; i < count; i++)
            {
                var c = chars[i];
                if (c == '\n')
                {
                    yield return line.ToString().TrimEnd('\r');
                    line.Clear();
                    lineNumber++;
                    continue;
                }
                if (c == '\uFEFF' && total == read && lineNumber == 1 && line.Length == 0) continue;
                line.Append(c);
                if (line.Length > MaxParagraphChars)
                    throw new FiguresException($"{name} has a line longer than {MaxParagraphChars} characters (line {lineNumber}); it does not look like an article");
            }
        }
        try
        {
            var tail = decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            line.Append(chars, 0, tail);
        }
        catch (DecoderFallbackException e)
        {
            throw NotUtf8(name, lineNumber, e);
        }
        if (total == 0) throw new FiguresException($"{name} is empty");
        if (line.Length > 0) yield return line.ToString().TrimEnd('\r');
    }

    private static FiguresException NotUtf8(string name, int line, DecoderFallbackException e)
    {
        var bad = e.BytesUnknown is { Length: > 0 } unknown ? $" (byte 0x{unknown[0]:X2} on line {line})" : $" (line {line})";
        return new FiguresException($"{name} is not UTF-8 text{bad}; it may be Latin-1 or Windows-1252: convert it, e.g. 'iconv -f latin1 -t utf-8'");
    }

    // UTF-16 and UTF-32 text name themselves by their byte order mark; say so rather than complain about NUL bytes.
    private static void CheckStart(ReadOnlySpan<byte> start, string name)
    {
        if (Text.ByteOrderMark.ForeignEncoding(start) is { } encoding)
            throw new FiguresException($"{name} is {encoding} text; save it as UTF-8");
    }

    private static int ReadBlock(Stream stream, byte[] buffer)
    {
        try
        {
            return stream.Read(buffer, 0, buffer.Length);
        }
        catch (IOException e)
        {
            throw new FiguresException($"cannot read the article: {e.Message}");
        }
    }
}
