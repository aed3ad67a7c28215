using System.Globalization;
using Figures.Tests.Support;

namespace Figures.Tests.Core;

public sealed class CultureTests
{
    [Fact]
    public void Suite_RequestedCulture_IsReallyInEffect()
    {
        // Guards the culture runs of test.sh: a silently ignored culture would make them pointless.
        if (TestCulture.Requested is not { Length: > 0 } requested) return;
        Assert.Equal(requested, CultureInfo.CurrentCulture.Name);
        Assert.NotEqual("", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
        if (requested == "de-DE") Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
    }
}
