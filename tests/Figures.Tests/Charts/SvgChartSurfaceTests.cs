using System.Xml.Linq;
using Figures.Charts;
using Figures.Core.Model;
using Figures.Tests.Support;
using static Figures.Tests.Charts.ChartFixtures;

namespace Figures.Tests.Charts;

public class SvgChartSurfaceTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string SmallSvg() => SvgChartSurface.Render(ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Timeline, Figures = Small(), Title = "Snapshot chart" }));

    [Fact]
    public void Render_SmallTimeline_MatchesTheApprovedSnapshot()
    {
        // Given
        var folder = Path.Combine(Paths.Repo, "tests", "Figures.Tests", "Charts", "Snapshots");
        var verified = Path.Combine(folder, "timeline-small.verified.svg");
        var received = Path.Combine(folder, "timeline-small.received.svg");
        // When
        var svg = SmallSvg();
        // Then
        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected != svg)
        {
            File.WriteAllText(received, svg);
            Assert.Fail($"SVG differs from {verified}; look at {received} and, if it is right, rename it to the verified file");
        }
        if (File.Exists(received)) File.Delete(received);
    }

    [Fact]
    public void Render_AnyChart_IsWellFormedWithViewBoxAndTextAsText()
    {
        // Given / When
        var document = XDocument.Parse(SmallSvg());
        // Then
        var root = document.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.NotNull(root.Attribute("viewBox"));
        Assert.Contains("'Segoe WP'", root.Attribute("font-family")!.Value);
        Assert.Contains("sans-serif", root.Attribute("font-family")!.Value);
        Assert.Contains(root.Descendants(Svg + "text"), t => t.Value == ">38.5k");
        Assert.Equal("Snapshot chart", root.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Render_TextWithMarkupAndControlCharacters_StaysWellFormed()
    {
        // Given a title with XML specials and a control character
        var layout = ChartBuilder.Layout(new ChartRequest { Kind = ChartKind.Bars, Figures = [Make("X-1", Metric.Killed, 5, publisher: "A & B <\"C\">\u0001")], Title = "<b>&amp;\u0007" });
        // When
        var document = XDocument.Parse(SvgChartSurface.Render(layout));
        // Then
        Assert.Contains(document.Descendants(Svg + "text"), t => t.Value.StartsWith("<b>&amp;", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SmallTimeline_RendersWithRsvgConvert()
    {
        // Given
        var tool = ExternalTool.Require("rsvg-convert", "librsvg2-bin");
        var folder = Paths.TempFolder();
        var svgPath = Path.Combine(folder, "chart.svg");
        File.WriteAllText(svgPath, SmallSvg());
        // When
        var (code, _, err) = ExternalTool.Run(tool, "-o", Path.Combine(folder, "chart.png"), svgPath);
        // Then
        Assert.True(code == 0, err);
        Assert.True(new FileInfo(Path.Combine(folder, "chart.png")).Length > 1000);
    }
}
