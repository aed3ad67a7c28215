using Figures.Charts;
using Figures.Core.Diagnostics;
using Figures.Tests.Support;

namespace Figures.Tests.Charts.Typography;

public class FontResolverTests
{
    [Fact]
    public void Resolve_NoRequest_FindsASystemFontWithRegularAndBold()
    {
        // When (CI installs fonts-dejavu-core; a machine with no font at all cannot draw charts)
        var fonts = FontResolver.Resolve();
        // Then
        Assert.StartsWith("system: ", fonts.Origin);
        Assert.True(File.Exists(fonts.Regular.Path));
        Assert.True(fonts.Regular.Typeface.GlyphCount > 100);
        Assert.NotNull(fonts.Bold.Typeface);
    }

    [Fact]
    public void Resolve_TwiceTheSameFile_GivesTheSameTypefaceInstance()
    {
        // Given
        var system = FontResolver.Resolve();
        // When
        var requested = FontResolver.Resolve(new FontRequest(system.Regular.Path));
        // Then: one instance per face, so a PDF embeds it once
        Assert.Same(system.Regular.Typeface, requested.Regular.Typeface);
        Assert.True(requested.Bold.Emboldened);
    }

    [Fact]
    public void Resolve_TextFile_FailsWithExitTwoNamingTheFile()
    {
        // Given
        var path = Path.Combine(Paths.TempFolder(), "notes.ttf");
        File.WriteAllText(path, "this is not a font");
        // When
        var error = Assert.Throws<FiguresException>(() => FontResolver.Resolve(new FontRequest(path)));
        // Then
        Assert.Equal(Severity.Unusable, error.Severity);
        Assert.Contains(path, error.Message);
        Assert.Contains("not a TrueType or OpenType font", error.Message);
    }

    [Fact]
    public void Resolve_RandomBytes_FailsNamingTheFile()
    {
        // Given
        var path = Path.Combine(Paths.TempFolder(), "random.otf");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        // When
        var error = Assert.Throws<FiguresException>(() => FontResolver.Resolve(new FontRequest(path)));
        // Then
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Resolve_CutFont_FailsNamingTheFile()
    {
        // Given: the first 2 KB of a real font
        var system = FontResolver.Resolve();
        var path = Path.Combine(Paths.TempFolder(), "cut.ttf");
        File.WriteAllBytes(path, File.ReadAllBytes(system.Regular.Path)[..2048]);
        // When
        var error = Assert.Throws<FiguresException>(() => FontResolver.Resolve(new FontRequest(path)));
        // Then
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Resolve_MissingFile_SaysItDoesNotExist()
    {
        var path = Path.Combine(Paths.TempFolder(), "absent.ttf");
        var error = Assert.Throws<FiguresException>(() => FontResolver.Resolve(new FontRequest(path)));
        Assert.Contains("does not exist", error.Message);
    }
}
