using System.CommandLine;
using Figures.Core.Diagnostics;
using Figures.Core.Extraction;
using Figures.Core.IO;
using Figures.Core.Validation;
using Figures.Core.Export;

namespace Figures.Cli.Commands;

/// <summary>
/// <c>figures extract ARTICLE.txt [--publisher P] [--title T] [--published yyyy-MM-dd] [--url U] [--out FILE]</c>:
/// proposes candidate rows from an article for the curator to judge. Never writes figures.csv.
/// </summary>
public static class ExtractCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var article = new Argument<string>("article") { Description = "Plain-text article (UTF-8)" };
        var publisher = new Option<string?>("--publisher") { Description = "Publishing outlet" };
        var title = new Option<string?>("--title") { Description = "Headline (default: the article's first line)" };
        var published = new Option<string?>("--published") { Description = "Publication date, yyyy-MM-dd (default: a date line at the head of the article)" };
        var url = new Option<string?>("--url") { Description = "The article's address" };
        var output = new Option<string?>("--out") { Description = "Candidates file to write (atomically); standard output when absent or '-'" };
        var force = WriteGuard.ForceOption();
        var command = new Command("extract", "Propose candidate figure rows from an article (ids left empty; the curator decides).")
        {
            article, publisher, title, published, url, output, force,
        };
        command.SetAction(parsed =>
        {
            DateOnly? date = null;
            if (parsed.GetValue(published) is { } text)
                date = FieldFormats.TryParseDate(text, "--published", out var d, out var error) ? d : throw new FiguresException(error!);
            var info = new ArticleInfo
            {
                SourceFile = Path.GetFileName(parsed.GetValue(article)!),
                Publisher = parsed.GetValue(publisher) ?? "",
                Title = parsed.GetValue(title),
                Published = date,
                Url = parsed.GetValue(url) ?? "",
            };
            using var guard = WriteGuard.Use(context, [parsed.GetValue(article)], parsed.GetValue(force));
            var outPath = parsed.GetValue(output);
            return Run(parsed.GetValue(article)!, info, outPath == "-" ? null : outPath, context);
        });
        return command;
    }

    private static int Run(string articlePath, ArticleInfo info, string? outPath, CliContext context)
    {
        if (outPath is not null) RefuseOutput(outPath);
        var result = Read(articlePath, info);
        if (outPath is null)
        {
            using var buffer = new MemoryStream();
            FigureCsvWriter.Write(buffer, result.Candidates);
            context.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            AtomicFile.Write(outPath, stream => FigureCsvWriter.Write(stream, result.Candidates));
        }
        ExtractSummary.Write(context.Error, articlePath, result, outPath);
        return (int)ExitCode.Ok;
    }

    private static ExtractionResult Read(string path, ArticleInfo info)
    {
        if (Directory.Exists(path)) throw new FiguresException($"'{path}' is a folder; give one article file");
        if (!File.Exists(path)) throw new FiguresException($"article '{path}' does not exist");
        var length = new FileInfo(path).Length;
        if (length > ArticleReader.MaxBytes)
            throw new FiguresException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{path} is {length / (1024.0 * 1024.0):0.0} MB; an article is expected to be under {ArticleReader.MaxBytes / (1024 * 1024)} MB"));
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            return FigureExtractor.Extract(ArticleReader.ReadParagraphs(stream, path), info);
        }
        catch (UnauthorizedAccessException)
        {
            throw new FiguresException($"cannot read '{path}': permission denied");
        }
        catch (IOException e)
        {
            throw new FiguresException($"cannot read '{path}': {e.Message}");
        }
    }

    // Candidates are proposals: they never land in the curated dataset or over the article they came from.
    private static void RefuseOutput(string outPath)
    {
        AtomicFile.Check(outPath);
        if (string.Equals(Path.GetFileName(outPath), "figures.csv", StringComparison.OrdinalIgnoreCase))
            throw new FiguresException($"refusing to write '{outPath}': extract proposes candidates; review them and copy the rows you keep into figures.csv yourself");
    }
}
