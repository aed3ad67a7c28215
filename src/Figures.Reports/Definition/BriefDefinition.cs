using Figures.Core.Model;
using Figures.Core.Wording;

namespace Figures.Reports.Definition;

/// <summary>What a brief covers and how it looks, as read from <c>reports/NAME.json</c>.</summary>
public sealed record BriefDefinition
{
    /// <summary>The file's name without extension; the default output is reports/NAME.pdf.</summary>
    public required string Name { get; init; }
    /// <summary>The brief's title.</summary>
    public required string Title { get; init; }
    /// <summary>A line under the title.</summary>
    public string Subtitle { get; init; } = "";
    /// <summary>Admin1 name or p-code the brief is limited to, if any.</summary>
    public string? Admin1 { get; init; }
    /// <summary>ISO3 country the brief is limited to, if any.</summary>
    public string? Country { get; init; }
    /// <summary>How the area is named in the header ("Idlib governorate and surrounding areas").</summary>
    public string AreaLabel { get; init; } = "";
    /// <summary>Start of the period covered.</summary>
    public DateOnly? From { get; init; }
    /// <summary>End of the period covered.</summary>
    public DateOnly? To { get; init; }
    /// <summary>Whether figures with no date are included (they cannot be shown to fall outside the period).</summary>
    public bool IncludeUndated { get; init; } = true;
    /// <summary>Metrics to include, in the order the key figures show them; empty means all.</summary>
    public IReadOnlyList<Metric> Metrics { get; init; } = [];
    /// <summary>The organisation issuing the brief.</summary>
    public string Organisation { get; init; } = "";
    /// <summary>The author named in the PDF metadata.</summary>
    public string Author { get; init; } = "";
    /// <summary>Date of issue; the build date when absent.</summary>
    public DateOnly? Issued { get; init; }
    /// <summary>Paper size.</summary>
    public PaperSize Paper { get; init; } = PaperSize.A4;
    /// <summary>The language the brief is worded in: English, or Arabic laid out right to left.</summary>
    public Language Language { get; init; } = Language.English;
    /// <summary>The digits of an Arabic brief's numbers: Western (0-9) or Arabic-Indic (٠-٩).</summary>
    public DigitStyle Digits { get; init; } = DigitStyle.Western;
    /// <summary>Optional font override; the embedded Segoe WP family when null.</summary>
    public BriefFont? Font { get; init; }
}
