using Figures.Core.Curation;

namespace Figures.Tests.Core.Curation;

public sealed class IdSequenceTests
{
    [Fact]
    public void Next_DatasetIds_ContinuesAfterTheHighestWithItsWidth()
    {
        var sequence = IdSequence.Continuing(["IDL-0002", "IDL-0016", "IDL-0007", "note-3"]);

        Assert.Equal("IDL-0017", sequence.Next());
        Assert.Equal("IDL-0018", sequence.Next());
    }

    [Fact]
    public void Next_PastTheWidth_AddsADigit()
    {
        Assert.Equal("IDL-10000", IdSequence.Continuing(["IDL-9999"]).Next());
    }

    [Fact]
    public void Next_NoNumberedIds_StartsTheDefaultPattern()
    {
        Assert.Equal("IDL-0001", IdSequence.Continuing(["alpha", "beta"]).Next());
    }

    [Fact]
    public void Next_IdTakenInOtherCase_IsSkipped()
    {
        // idl-0003 is the same id as IDL-0003, and a gap below the highest is never filled
        var sequence = IdSequence.Continuing(["IDL-0001", "IDL-0002", "x-9", "idl-0003"]);

        Assert.Equal("IDL-0004", sequence.Next());
    }
}
