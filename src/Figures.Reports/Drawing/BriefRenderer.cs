using Figures.Charts;
using Figures.Reports.Model;
using SkiaSharp;

namespace Figures.Reports.Drawing;

/// <summary>
/// Draws a <see cref="BriefModel"/> with Skia: laid out once, then played onto the pages of a PDF
/// (<see cref="SKDocument.CreatePdf(Stream, SKDocumentPdfMetadata)"/>) or onto PNG images of the same pages.
/// </summary>
public static class BriefRenderer
{
    /// <summary>The PNG previews' resolution: 2 pixels per point (144 dpi), sharp on screen and in a review.</summary>
    public const float PreviewScale = 2;

    /// <summary>
    /// Writes the brief as PDF. <paramref name="stamp"/> is the only time in the file (creation and
    /// modification date), so the same inputs give the same bytes.
    /// </summary>
    public static void WritePdf(BriefModel model, FontSet fonts, Stream output, DateTime stamp)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var styles = new BriefStyles(Fonts(model, fonts), Direction(model));
        var document = new BriefDocument(model, styles);
        using var flow = document.Compose();
        var pages = flow.Finish();
        using var pdf = SKDocument.CreatePdf(output, Metadata(model, stamp));
        for (var i = 0; i < pages.Count; i++)
        {
            var canvas = pdf.BeginPage(flow.PageSize.Width, flow.PageSize.Height);
            canvas.DrawPicture(pages[i]);
            document.ComposePageFrame(canvas, flow.PageSize, i + 1, pages.Count);
            pdf.EndPage();
        }
        pdf.Close();
    }

    /// <summary>Each page of the brief as PNG bytes, from the same layout as the PDF.</summary>
    public static IReadOnlyList<byte[]> RenderPngs(BriefModel model, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var styles = new BriefStyles(Fonts(model, fonts), Direction(model));
        var document = new BriefDocument(model, styles);
        using var flow = document.Compose();
        var pages = flow.Finish();
        var images = new List<byte[]>(pages.Count);
        var info = new SKImageInfo((int)Math.Ceiling(flow.PageSize.Width * PreviewScale), (int)Math.Ceiling(flow.PageSize.Height * PreviewScale));
        for (var i = 0; i < pages.Count; i++)
        {
            using var surface = SKSurface.Create(info);
            var canvas = surface.Canvas;
            canvas.Clear(Typography.Paper);
            canvas.Scale(PreviewScale);
            canvas.DrawPicture(pages[i]);
            document.ComposePageFrame(canvas, flow.PageSize, i + 1, pages.Count);
            using var image = surface.Snapshot();
            using var png = image.Encode(SKEncodedImageFormat.Png, 100);
            images.Add(png.ToArray());
        }
        return images;
    }

    /// <summary>
    /// The one-off work every brief starts with, done ahead on another core while the command reads its inputs:
    /// ScottPlot's and Skia's first chart, HarfBuzz's first shaping in both faces, the PDF backend's first page.
    /// It draws nothing anyone sees and writes nothing (measured in docs/performance.md).
    /// </summary>
    public static void WarmUp(FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        var figures = new[]
        {
            new Core.Model.Figure { Id = "W-1", Metric = Core.Model.Metric.Displaced, Value = 38_500, Unit = Core.Model.Unit.People, Qualifier = Core.Model.Qualifier.MoreThan, Quote = "over 38,500 people", PeriodStart = new DateOnly(2018, 9, 1), PeriodEnd = new DateOnly(2018, 9, 12) },
            new Core.Model.Figure { Id = "W-2", Metric = Core.Model.Metric.Displaced, Value = 1_000_000, Unit = Core.Model.Unit.People, Qualifier = Core.Model.Qualifier.Approximately, Quote = "around 1 million people", PeriodEnd = new DateOnly(2019, 8, 31) },
        };
        using var canvas = new SKNoDrawCanvas(400, 300);
        foreach (var kind in new[] { ChartKind.Timeline, ChartKind.Sources })
            Chart.Build(new ChartRequest { Kind = kind, Figures = figures, Width = 400, Height = 300 }, fonts).Render(canvas, SKRect.Create(0, 0, 400, 300));
        // A page of the PDF backend with a few characters: its faces are cut down first, as a brief's are, so
        // the warm-up does not compress whole font files.
        var subset = fonts.Subset(["More than 38,500 people"]);
        using var pdf = SKDocument.CreatePdf(Stream.Null);
        var page = pdf.BeginPage(200, 200);
        foreach (var face in new[] { subset.Regular, subset.Bold })
        {
            using var font = face.Font(Typography.BodySize);
            using var paint = new SKPaint { Color = Typography.Ink };
            TextShaper.Draw(page, "More than 38,500 people", 10, 50, font, paint);
        }
        pdf.EndPage();
        pdf.Close();
    }

    /// <summary>How much of each page's content height the brief uses, from 0 to 1 (for layout checks).</summary>
    public static IReadOnlyList<float> PageFill(BriefModel model, FontSet fonts)
    {
        using var styles = new BriefStyles(fonts, Direction(model));
        using var flow = new BriefDocument(model, styles).Compose();
        flow.Finish();
        return flow.PageFill.ToList();
    }

    // The faces cut down to what this brief can draw: every text of its definition and figures, and the words the
    // brief adds (Latin and punctuation, always kept). The PNG pages use the same faces, so both renderings agree.
    private static FontSet Fonts(BriefModel model, FontSet fonts)
    {
        var definition = model.Definition;
        var text = new List<string> { definition.Title, definition.Subtitle, definition.Organisation, definition.Author, model.AreaLabel, model.PeriodLabel, model.Fingerprint, model.AgeNotice ?? "" };
        foreach (var figure in model.Figures)
        {
            text.AddRange([figure.Id, figure.Location, figure.Admin1, figure.AttributedTo, figure.Publisher, figure.Title, figure.Url, figure.SourceFile, figure.Quote]);
        }
        text.AddRange(model.Highlights);
        // An Arabic brief's own words, and the shapes HarfBuzz joins its letters into, come from the Arabic block.
        if (model.Words.RightToLeft) text.Add(ArabicBlock);
        return fonts.Subset(text);
    }

    private static readonly string ArabicBlock = string.Concat(Enumerable.Range(0x0600, 0x100).Select(c => (char)c));

    private static TextDirection Direction(BriefModel model) => model.Words.RightToLeft ? TextDirection.RightToLeft : TextDirection.LeftToRight;

    private static SKDocumentPdfMetadata Metadata(BriefModel model, DateTime stamp)
    {
        var definition = model.Definition;
        var keywords = new[] { "displacement", "humanitarian figures", model.AreaLabel }
            .Concat(model.KeyFigures.Select(k => Core.Model.Vocabulary.Name(k.Metric)).Distinct())
            .Where(k => k.Length > 0);
        return new SKDocumentPdfMetadata
        {
            Title = definition.Title,
            Author = definition.Author.Length > 0 ? definition.Author : definition.Organisation,
            Subject = definition.Subtitle.Length > 0 ? definition.Subtitle : $"Displacement figures: {model.AreaLabel}",
            Keywords = string.Join(", ", keywords),
            Creator = "Figures",
            Producer = "Figures, with the Skia PDF backend",
            Creation = stamp,
            Modified = stamp,
            RasterDpi = 300,
        };
    }
}
