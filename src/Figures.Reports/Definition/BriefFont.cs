namespace Figures.Reports.Definition;

/// <summary>A font family loaded from files, for briefs that must match a house style or need other scripts.</summary>
/// <param name="Family">The family name used inside the PDF.</param>
/// <param name="Regular">Path of the regular TrueType/OpenType file (relative to the definition file).</param>
/// <param name="Bold">Path of the bold file, or null to simulate bold.</param>
public sealed record BriefFont(string Family, string Regular, string? Bold);
