namespace Figures.Charts;

/// <summary>
/// Fonts the user asked for: <c>--font FILE</c> on the command line, or a brief definition's <c>font</c>.
/// Paths are as the user wrote them, already resolved against the folder they are relative to.
/// </summary>
/// <param name="Regular">The regular face (a .ttf, .otf or .ttc file).</param>
/// <param name="Bold">The bold face, or null to embolden the regular one.</param>
public sealed record FontRequest(string Regular, string? Bold = null);
