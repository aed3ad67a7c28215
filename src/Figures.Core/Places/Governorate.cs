namespace Figures.Core.Places;

/// <summary>A first-level administrative area of Syria, as OCHA names and codes it.</summary>
/// <param name="Name">The admin1 spelling figures.csv uses (e.g. Idlib).</param>
/// <param name="Pcode">The OCHA p-code (e.g. SY07).</param>
/// <param name="OchaName">The English name in OCHA's common operational datasets (e.g. Idleb).</param>
/// <param name="Spellings">Every spelling accepted as its admin1, <paramref name="Name"/> first.</param>
public sealed record Governorate(string Name, string Pcode, string OchaName, IReadOnlyList<string> Spellings);
