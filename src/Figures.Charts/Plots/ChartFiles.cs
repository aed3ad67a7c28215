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
public static partial class ChartFiles
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

    /// <summary>The chart as SVG: sized in points with one user unit per point, a title, and text kept as text.</summary>
    public static void WriteSvg(Chart chart, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        using (var managed = new SKManagedWStream(buffer, disposeManagedStream: false))
        using (var canvas = SKSvgCanvas.Create(SKRect.Create(chart.Width, chart.Height), managed))
        {
            chart.Render(canvas, SKRect.Create(chart.Width, chart.Height));
        }
        // Skia sizes the document in pixels; a chart is measured in points, and says what it is for screen readers.
        var svg = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var w = chart.Width.ToString("0.##", CultureInfo.InvariantCulture);
        var h = chart.Height.ToString("0.##", CultureInfo.InvariantCulture);
        var open = svg.IndexOf("<svg ", StringComparison.Ordinal);
        var end = open < 0 ? -1 : svg.IndexOf('>', open);
        if (end > 0)
        {
            var tag = svg[open..end]
                .Replace($"width=\"{w}\"", $"width=\"{w}pt\"", StringComparison.Ordinal)
                .Replace($"height=\"{h}\"", $"height=\"{h}pt\" viewBox=\"0 0 {w} {h}\" role=\"img\"", StringComparison.Ordinal);
            svg = svg[..open] + tag + ">\n<title>" + System.Security.SecurityElement.Escape(chart.Title) + "</title>" + svg[(end + 1)..];
        }
        // Skia numbers clip paths with a counter shared by every SVG of the process: renumbered from 1 in
        // document order, the same chart gives the same bytes whatever was drawn before it.
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        svg = ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out var id)) ids[m.Value] = id = "clip" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
            return id;
        });
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(svg);
        stream.Write(bytes, 0, bytes.Length);
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

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial System.Text.RegularExpressions.Regex ClipId();

    private static DateTime? SourceDateEpoch() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime
            : null;
}
