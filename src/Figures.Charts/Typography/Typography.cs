using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// Every text size, colour and spacing of Figures' output, in one place: the brief and the charts draw
/// with these, so a chart pasted into a brief looks like the page around it. Sizes are in points.
/// </summary>
public static class Typography
{
    /// <summary>Document title.</summary>
    public const float TitleSize = 18;
    /// <summary>Section headings.</summary>
    public const float HeadingSize = 12;
    /// <summary>Running text.</summary>
    public const float BodySize = 9;
    /// <summary>Key figure values.</summary>
    public const float KeyValueSize = 15;
    /// <summary>Table cells, captions, running header and footer.</summary>
    public const float SmallSize = 7.5f;
    /// <summary>Chart titles.</summary>
    public const float ChartTitleSize = 10.5f;
    /// <summary>Axis, legend and value labels.</summary>
    public const float LabelSize = 7.5f;
    /// <summary>Footnotes and captions: the smallest text anywhere (legible at A4 text width).</summary>
    public const float NoteSize = 7;

    /// <summary>Extra space between lines, as a fraction of the font size.</summary>
    public const float Leading = 0.32f;

    /// <summary>Line height of a size.</summary>
    public static float LineHeight(float size) => size * (1 + Leading);

    /// <summary>Body text.</summary>
    public static SKColor Ink { get; } = SKColor.Parse("#222222");
    /// <summary>Secondary text: subtitles, axis labels, captions.</summary>
    public static SKColor Muted { get; } = SKColor.Parse("#595959");
    /// <summary>Headings, rules, links (an OCHA-like blue).</summary>
    public static SKColor Accent { get; } = SKColor.Parse("#005a9c");
    /// <summary>Key figure panels and table headers.</summary>
    public static SKColor Panel { get; } = SKColor.Parse("#eef3f8");
    /// <summary>The caveat box.</summary>
    public static SKColor Caution { get; } = SKColor.Parse("#fff4e0");
    /// <summary>Thin rules and table lines.</summary>
    public static SKColor Rule { get; } = SKColor.Parse("#c8d0d8");
    /// <summary>Chart gridlines.</summary>
    public static SKColor Grid { get; } = SKColor.Parse("#e3e3e3");
    /// <summary>Chart axes and zero lines.</summary>
    public static SKColor Axis { get; } = SKColor.Parse("#9a9a9a");
    /// <summary>The background.</summary>
    public static SKColor Paper { get; } = SKColors.White;
}
