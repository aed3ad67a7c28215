namespace Figures.Core.Extraction;

/// <summary>Where a sentence places its figures: the words it uses and the area they normalise to.</summary>
/// <param name="Location">The place as the sentence words it ("Hama and Idlib", "northwest Syria").</param>
/// <param name="Admin1">The governorate when exactly one is named (admin1 spelling), else empty.</param>
/// <param name="Admin1Pcode">Its p-code, else empty.</param>
/// <param name="CountryIso3">SYR when a Syrian place is named, else empty.</param>
public sealed record Place(string Location, string Admin1, string Admin1Pcode, string CountryIso3)
{
    /// <summary>No place named.</summary>
    public static Place None { get; } = new("", "", "", "");
}
