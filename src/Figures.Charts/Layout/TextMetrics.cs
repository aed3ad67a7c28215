namespace Figures.Charts;

/// <summary>
/// Measures text without a graphics context, so layout stays pure. Advance widths (per 1000 em) are
/// the wider of Segoe WP (the PDF font) and DejaVu Sans (the usual SVG fallback), so a label that
/// fits here fits in either output.
/// </summary>
internal static class TextMetrics
{
    private static readonly short[] Regular = [318,401,460,838,636,950,780,275,390,390,500,838,318,400,318,390,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,357,656,557,898,748,787,603,787,695,635,611,732,684,989,685,611,685,390,379,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838];
    private static readonly short[] Bold = [348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,443,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,445,775,637,995,837,850,733,850,770,720,682,812,774,1103,771,724,725,457,436,457,838,500,500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838];

    /// <summary>The width of a line of text in points.</summary>
    public static double Width(string text, double size, TextWeight weight = TextWeight.Normal)
    {
        var table = weight == TextWeight.Bold ? Bold : Regular;
        var total = 0;
        foreach (var c in text)
        {
            total += c is >= ' ' and <= '~' ? table[c - ' ']
                : c is '–' or '·' or '†' ? 500
                : char.IsLowSurrogate(c) ? 0
                : 840;
        }
        return total * size / 1000.0;
    }

    /// <summary>The height above the baseline of capitals, for boxes around labels.</summary>
    public static double Ascent(double size) => size * 0.74;

    /// <summary>The depth below the baseline of descenders.</summary>
    public static double Descent(double size) => size * 0.22;
}
