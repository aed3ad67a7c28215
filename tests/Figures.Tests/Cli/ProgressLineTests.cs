using System.Text.RegularExpressions;
using Figures.Cli;
using FsCheck;
using FsCheck.Fluent;
using Spectre.Console;

namespace Figures.Tests.Cli;

/// <summary>The progress line as a terminal shows it: one line, redrawn in place, never wrapping.</summary>
public sealed partial class ProgressLineTests
{
    private const string Unicode = "━";

    [Fact]
    public void Render_HalfwayOnAWideTerminal_NamesTheFileAndShowsBarPercentAndTimeLeft()
    {
        // When: half read after 3 seconds
        var drawn = Draw(new ProgressLine("reading big.csv", 50, 100, TimeSpan.FromSeconds(3)), width: 120);

        // Then: the whole line, redrawn from the line's start and erasing what an earlier drawing left
        Assert.StartsWith("\r", drawn);
        Assert.EndsWith("\u001b[K", drawn);
        var visible = Visible(drawn);
        Assert.Equal("reading big.csv " + Bar(40) + "  50%  about 3 s left", visible);
        // The first half of the bar is drawn in the colour of what is done.
        Assert.Contains("\u001b[32m" + Bar(20) + "\u001b[0m", drawn);
    }

    [Theory]
    [InlineData(90, 10, "about 2 s left")]
    [InlineData(10, 100, "about 15 min left")]
    [InlineData(1, 10, "")] // too early to say
    [InlineData(100, 10, "")] // done
    public void Render_TimeLeft_FollowsThePaceSoFar(long percentDone, int secondsSoFar, string expected)
    {
        var visible = Visible(Draw(new ProgressLine("reading big.csv", percentDone, 100, TimeSpan.FromSeconds(secondsSoFar)), width: 120));

        if (expected == "") Assert.DoesNotContain("left", visible);
        else Assert.EndsWith(expected, visible);
    }

    [Fact]
    public void Render_NarrowTerminal_DropsTheTimeLeftFirstThenTheBar()
    {
        var line = new ProgressLine("reading big.csv", 50, 100, TimeSpan.FromSeconds(3));

        var medium = Visible(Draw(line, width: 40));
        var narrow = Visible(Draw(line, width: 24));

        Assert.Equal("reading big.csv " + Bar(18) + "  50%", medium);
        Assert.Equal("reading big.csv  50%", narrow);
    }

    [Fact]
    public void Render_ControlAndBidiCharactersInTheFileName_AreShownAsQuestionMarks()
    {
        var visible = Visible(Draw(new ProgressLine("reading a\rb\u001b[2Jc\u202Ed.csv", 1, 2, TimeSpan.Zero), width: 120));

        Assert.StartsWith("reading a?b?[2Jc?d.csv ", visible);
    }

    [Fact]
    public void Render_AnyWidthAndProgress_NeverFillsTheLine()
    {
        // A line as wide as the terminal wraps, and a carriage return no longer reaches its start.
        // Names of narrow and wide characters: a Chinese character or an emoji takes two columns.
        var name = Gen.Elements("x", "report-", "中", "文件", "😀", "é", "é", "إدلب").ListOf().Resize(80).Select(string.Concat);
        var cases =
            from width in Gen.Choose(1, 250)
            from text in name
            from done in Gen.Choose(0, 1000)
            from seconds in Gen.Choose(0, 100_000)
            select (width, name: text, done, seconds);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var visible = Visible(Draw(new ProgressLine(c.name, c.done, 1000, TimeSpan.FromSeconds(c.seconds)), c.width));

            var columns = new Spectre.Console.Rendering.Segment(visible).CellCount();
            Assert.True(columns < c.width, $"{columns} columns on a terminal of {c.width}: '{visible}'");
            Assert.DoesNotContain('\n', visible);
        }));
    }

    [Fact]
    public void Erase_ClearsTheWholeLine()
    {
        Assert.Equal("\r\u001b[2K", Draw(ProgressLine.Erase, width: 80));
    }

    // What a terminal of that width with colours receives.
    private static string Draw(Spectre.Console.Rendering.IRenderable renderable, int width)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.Yes,
        });
        console.Profile.Width = width;
        console.Profile.Capabilities.Unicode = true;
        console.Write(renderable);
        return writer.ToString();
    }

    // What stays on screen: the text without escape codes and carriage returns.
    private static string Visible(string drawn) => Escapes().Replace(drawn, "").Replace("\r", "");

    private static string Bar(int width) => string.Concat(Enumerable.Repeat(Unicode, width));

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex Escapes();
}
