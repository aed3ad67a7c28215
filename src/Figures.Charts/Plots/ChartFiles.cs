using System.Globalization;
using Figures.Core.Diagnostics;
using Figures.Core.IO;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// Writes a chart to a file, the format chosen by the extension, always atomically (a failure leaves any
/// existing file untouched): .svg keeps text as text, .pdf is vector with the fonts embedded, .png is drawn at
/// <see cref="PngScale"/> pixels per point so it stays crisp when pasted into a document.
/// </summary>
public static class ChartFiles
{
    /// <summary>Pixels per point in PNG output (a 480 × 300 pt chart is 1440 × 900 pixels).</summary>
    public const int PngScale = 3;

    /// <summary>The file extensions <see cref="Write"/> understands.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".svg", ".pdf", ".png"];

    /// <summary>Writes <paramref name="chart"/> to <paramref name="path"/>; an unknown extension is a usage error.</summary>
    public static void Write(Chart chart, string path)
    {
        ArgumentNullException.ThrowIfNull(chart);
        switch (FormatOf(path))
        {
            case ".svg":
                AtomicFile.Write(path, stream => WriteSvg(chart, stream));
                break;
            case ".pdf":
                AtomicFile.Write(path, stream => WritePdf(chart, stream));
                break;
            default:
                AtomicFile.Write(path, stream => WritePng(chart, stream));
                break;
        }
    }

    /// <summary>The lower-case extension of a chart path; a usage error naming the choices when it is not one.</summary>
    public static string FormatOf(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            throw new FiguresException(
                $"cannot write '{path}': unknown chart format '{(extension.Length == 0 ? "(no extension)" : extension)}'; use .svg, .pdf or .png");
        }
        return extension;
    }

    /// <summary>The chart as SVG: one user unit per point, text kept as text.</summary>
    public static void WriteSvg(Chart chart, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(chart);
        using (var managed = new SKManagedWStream(stream, disposeManagedStream: false))
        using (var canvas = SKSvgCanvas.Create(SKRect.Create(chart.Width, chart.Height), managed))
        {
            chart.Render(canvas, SKRect.Create(chart.Width, chart.Height));
        }
    }

    /// <summary>The chart as PNG at <see cref="PngScale"/> pixels per point, on white.</summary>
    public static void WritePng(Chart chart, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var width = (int)Math.Ceiling(chart.Width * PngScale);
        var height = (int)Math.Ceiling(chart.Height * PngScale);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new FiguresException($"cannot draw a {width} × {height} pixel image");
        surface.Canvas.Clear(SKColors.White);
        chart.Render(surface.Canvas, SKRect.Create(chart.Width * PngScale, chart.Height * PngScale));
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        data.SaveTo(stream);
    }

    /// <summary>
    /// The chart as a one-page vector PDF, the page the size of the chart. No clock time is written: the
    /// dates are those of SOURCE_DATE_EPOCH when it is set, else left out, so the same input gives the same file.
    /// </summary>
    public static void WritePdf(Chart chart, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = chart.Title,
            Subject = chart.Caption,
            Creator = "Figures",
            Producer = "Figures (Skia PDF)",
        };
        if (SourceDateEpoch() is { } when)
        {
            metadata.Creation = when;
            metadata.Modified = when;
        }
        using var managed = new SKManagedWStream(stream, disposeManagedStream: false);
        using var document = SKDocument.CreatePdf(managed, metadata)
            ?? throw new FiguresException("cannot create a PDF document");
        var page = document.BeginPage(chart.Width, chart.Height);
        chart.Render(page, SKRect.Create(chart.Width, chart.Height));
        document.EndPage();
        document.Close();
    }

    private static DateTime? SourceDateEpoch() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime
            : null;
}
