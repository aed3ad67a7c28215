using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Figures.Charts.Pdf;
using Figures.Core.Diagnostics;
using Figures.Reports.Definition;
using Figures.Reports.Model;
using PdfSharp.Pdf;

namespace Figures.Reports.Pdf;

/// <summary>
/// Turns a <see cref="BriefModel"/> into PDF bytes: fonts, metadata, and — when SOURCE_DATE_EPOCH is
/// set — fixed dates and a document ID derived from the content, so the same inputs give the same bytes.
/// </summary>
public static class BriefPdfWriter
{
    /// <summary>Renders the brief and saves it to <paramref name="output"/>.</summary>
    public static void Write(BriefModel model, Stream output, DateTimeOffset? fixedTimestamp = null)
    {
        PdfSetup.EnsureInitialized();
        var family = RegisterFont(model.Definition.Font);
        var document = new BriefDocument(model, new Typography(family)).Compose();
        Describe(document, model);
        if (fixedTimestamp is not { } stamp)
        {
            document.Save(output, closeStream: false);
            return;
        }
        var seed = MakeDeterministic(document, model, stamp);
        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        output.Write(DeterministicPdf.Normalise(buffer.ToArray(), seed));
    }

    /// <summary>The fixed build time SOURCE_DATE_EPOCH asks for, or null when it is not set.</summary>
    public static DateTimeOffset? SourceDateEpoch()
    {
        var text = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            throw new FiguresException($"SOURCE_DATE_EPOCH '{text}' is not a number of seconds since 1970");
        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    private static void Describe(PdfDocument document, BriefModel model)
    {
        var definition = model.Definition;
        document.Info.Title = definition.Title;
        document.Info.Author = definition.Author.Length > 0 ? definition.Author : definition.Organisation;
        document.Info.Subject = definition.Subtitle.Length > 0 ? definition.Subtitle : $"Displacement figures: {model.AreaLabel}";
        document.Info.Keywords = string.Join(", ", new[] { "displacement", "humanitarian figures", model.AreaLabel }
            .Concat(model.KeyFigures.Select(k => Core.Model.Vocabulary.Name(k.Metric)).Distinct())
            .Where(k => k.Length > 0));
        document.Info.Creator = "Figures";
        document.Language = "en";
    }

    private static string MakeDeterministic(PdfDocument document, BriefModel model, DateTimeOffset stamp)
    {
        document.Info.CreationDate = stamp.UtcDateTime;
        document.Info.ModificationDate = stamp.UtcDateTime;
        // PDFsharp draws a random document ID; derive it from what the brief shows instead.
        var seed = $"{model.Definition.Name}|{model.Fingerprint}|{stamp.ToUnixTimeSeconds()}";
        var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..32];
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        return seed;
    }

    private static string RegisterFont(BriefFont? font)
    {
        if (font is null) return EmbeddedFontResolver.DefaultFamily;
        var resolver = PdfSetup.Fonts;
        if (!resolver.IsRegistered(font.Family))
        {
            try
            {
                resolver.Register(font.Family, File.ReadAllBytes(font.Regular), font.Bold is null ? null : File.ReadAllBytes(font.Bold));
            }
            catch (IOException e)
            {
                throw new FiguresException($"cannot read font file: {e.Message}");
            }
        }
        return font.Family;
    }
}
