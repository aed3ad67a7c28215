using Figures.Core.Extraction;
using Figures.Core.Places;

namespace Figures.Tests.Core.Extraction;

public sealed class PlaceFinderTests
{
    [Theory]
    [InlineData("Idlib", "SY07", "Idlib")]
    [InlineData("Idleb", "SY07", "Idlib")]
    [InlineData("Damascus", "SY01", "Damascus")]
    [InlineData("Aleppo", "SY02", "Aleppo")]
    [InlineData("Rural Damascus", "SY03", "Rural Damascus")]
    [InlineData("Homs", "SY04", "Homs")]
    [InlineData("Hama", "SY05", "Hama")]
    [InlineData("Latakia", "SY06", "Lattakia")]
    [InlineData("Lattakia", "SY06", "Lattakia")]
    [InlineData("Hasakah", "SY08", "Al-Hasakeh")]
    [InlineData("Deir ez-Zor", "SY09", "Deir-ez-Zor")]
    [InlineData("Tartus", "SY10", "Tartous")]
    [InlineData("Raqqa", "SY11", "Ar-Raqqa")]
    [InlineData("Deraa", "SY12", "Dar'a")]
    [InlineData("Daraa", "SY12", "Dar'a")]
    [InlineData("Dar'a", "SY12", "Dar'a")]
    [InlineData("Sweida", "SY13", "As-Sweida")]
    [InlineData("Quneitra", "SY14", "Quneitra")]
    public void Lookup_CommonSpelling_GivesGovernorate(string spelling, string pcode, string admin1)
    {
        // Given a spelling news and UN texts use

        // When
        var governorate = Gazetteer.Lookup(spelling);

        // Then
        Assert.NotNull(governorate);
        Assert.Equal((admin1, pcode), (governorate.Name, governorate.Pcode));
    }

    [Fact]
    public void Governorates_All_AreFourteenWithPcodesInOrder()
    {
        // Given / When
        var codes = Gazetteer.Governorates.Select(g => g.Pcode);

        // Then
        Assert.Equal(Enumerable.Range(1, 14).Select(i => $"SY{i:00}"), codes);
    }

    [Fact]
    public void Find_OneGovernorate_FillsAdmin1()
    {
        // Given / When
        var place = PlaceFinder.Find("A major offensive in the Idlib area risks forcing another 700,000 Syrians from their homes.");

        // Then
        Assert.Equal(new Place("the Idlib area", "Idlib", "SY07", "SYR"), place);
    }

    [Fact]
    public void Find_SeveralGovernorates_LeavesAdmin1Empty()
    {
        // Given / When
        var place = PlaceFinder.Find("At least 14 opposition towns and villages in Hama and Idlib have been bombed.");

        // Then
        Assert.Equal(new Place("Hama and Idlib", "", "", "SYR"), place);
    }

    [Fact]
    public void Find_PlacesOfOrigin_AreLeftOut()
    {
        // Given / When
        var place = PlaceFinder.Find("Nearly three million live in Idlib, transported to the area from Aleppo, Ghouta and also Deraa.");

        // Then
        Assert.Equal("SY07", place.Admin1Pcode);
    }

    [Fact]
    public void Find_CountryOnly_GivesIso3WithoutAdmin1()
    {
        // Given / When
        var place = PlaceFinder.Find("Violence in northwest Syria displaced 38,500 people.");

        // Then
        Assert.Equal(new Place("northwest Syria", "", "", "SYR"), place);
    }

    [Fact]
    public void Find_NoPlace_IsNone()
    {
        // Given / When
        var place = PlaceFinder.Find("The assault has killed over a thousand civilians.");

        // Then
        Assert.Equal(Place.None, place);
    }
}
