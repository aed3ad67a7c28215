namespace Figures.Core.Extraction;

/// <summary>A first-level administrative area of Syria, as OCHA names and codes it.</summary>
/// <param name="Name">The admin1 spelling figures.csv uses (e.g. Idlib).</param>
/// <param name="Pcode">The OCHA p-code (e.g. SY07).</param>
public sealed record Governorate(string Name, string Pcode);
