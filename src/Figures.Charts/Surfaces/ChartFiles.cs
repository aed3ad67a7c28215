using System.Diagnostics;
using Figures.Core.Diagnostics;
using Figures.Core.IO;

namespace Figures.Charts;

/// <summary>
/// Writes a chart to a file, the format chosen by the extension (.svg, .pdf, .png), always atomically:
/// a failure leaves any existing file untouched and no partial output behind.
/// </summary>
public static class ChartFiles
{
    /// <summary>The Debian package that provides rsvg-convert, which PNG output needs.</summary>
    public const string PngPackage = "librsvg2-bin";

    /// <summary>The file extensions <see cref="Write"/> understands.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".svg", ".pdf", ".png"];

    /// <summary>Writes <paramref name="layout"/> to <paramref name="path"/>; an unknown extension or a missing converter is a usage error.</summary>
    public static void Write(ChartLayout layout, string path)
    {
        ArgumentNullException.ThrowIfNull(layout);
        switch (FormatOf(path))
        {
            case ".svg":
                AtomicFile.WriteText(path, SvgChartSurface.Render(layout));
                break;
            case ".pdf":
                AtomicFile.Write(path, stream => PdfChartDocument.Save(layout, stream));
                break;
            default:
                WritePng(layout, path);
                break;
        }
    }

    /// <summary>The lower-case extension of a chart path; throws a usage error naming the choices when it is not one.</summary>
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

    /// <summary>The rsvg-convert on PATH, or null.</summary>
    public static string? FindRsvgConvert() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "rsvg-convert"))
            .FirstOrDefault(File.Exists);

    private static void WritePng(ChartLayout layout, string path)
    {
        var converter = FindRsvgConvert()
            ?? throw new FiguresException($"cannot write '{path}': PNG output needs rsvg-convert, which is not installed (Debian package {PngPackage}: apt-get install {PngPackage}); .svg and .pdf need nothing extra");
        var svgTemp = Path.Combine(Path.GetTempPath(), $"figures-chart-{Environment.ProcessId}-{Guid.NewGuid():N}.svg");
        try
        {
            File.WriteAllText(svgTemp, SvgChartSurface.Render(layout), new System.Text.UTF8Encoding(false));
            AtomicFile.Write(path, stream => Convert(converter, svgTemp, stream, path));
        }
        finally
        {
            try { File.Delete(svgTemp); }
            catch (IOException) { /* a leftover temp file is harmless */ }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static void Convert(string converter, string svgPath, Stream output, string target)
    {
        // Twice the point size in pixels: sharp when pasted into a document or shown on a high-density screen.
        var start = new ProcessStartInfo(converter) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--format", "png", "--zoom", "2", "--background-color", "white", svgPath }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new FiguresException($"cannot write '{target}': rsvg-convert did not start");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new FiguresException($"cannot write '{target}': rsvg-convert failed ({error.Result.Trim()})");
    }
}
