namespace Figures.Charts;

/// <summary>The wrapped text of a frame and the box left for the plot.</summary>
internal sealed record FramePlan(
    double Width,
    double Height,
    List<string> TitleLines,
    List<string> SubtitleLines,
    List<List<LegendEntry>> LegendRows,
    double LegendTop,
    Box Plot,
    List<List<string>> FootnoteLines,
    List<string> CaptionLines);
