using Figures.Cli;
using Figures.Core.Diagnostics;

namespace Figures.Tests.Cli;

public sealed class ExitCodesTests
{
    [Theory]
    [InlineData(null, 0)]
    [InlineData(Severity.Warning, 0)]
    [InlineData(Severity.Invalid, 1)]
    [InlineData(Severity.Unusable, 2)]
    public void For_EachSeverity_IsTheDocumentedExitCode(Severity? severity, int expected) =>
        Assert.Equal(expected, ExitCodes.For(severity));
}
