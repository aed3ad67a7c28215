using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Figures.Core.Wording;
using Figures.Reports.Html;
using Figures.Reports.Model;
using Figures.Tests.Support;

namespace Figures.Tests.Reports.Html;

/// <summary>The HTML report's markup, read as text: what it says, what it escapes and what it may load. The browser tests run it.</summary>
public sealed partial class HtmlReportTests
{
    [Fact]
    public void Render_SampleBrief_SaysWhatTheBriefSays()
    {
        // Given
        var model = HtmlReports.Sample();

        // When
        var html = HtmlReports.Render(model);
        var text = System.Net.WebUtility.HtmlDecode(html);

        // Then
        Assert.Contains(BriefWording.Caveat, text);
        Assert.Contains(model.AgeNotice!, text);
        Assert.Contains(model.Fingerprint, text);
        foreach (var key in model.KeyFigures)
        {
            Assert.Contains(BriefWording.KeyValue(key), text);
            Assert.Contains(BriefWording.KeyNoun(key), text);
        }
        foreach (var sentence in model.Highlights) Assert.Contains(sentence, text);
        foreach (var disagreement in model.Disagreements) Assert.Contains(disagreement.Topic, text);
        foreach (var figure in model.Figures)
        {
            Assert.Contains(BriefWording.TableValue(figure, model.Disputed.Contains(figure)), text);
            Assert.Contains(PeriodWording.Describe(figure), text);
            Assert.Contains($"“{figure.Quote.Trim()}”", text);
        }
        Assert.Contains("more than 38,500 people", text);
        Assert.DoesNotContain(">38500", html);
        Assert.Equal(model.Figures.Count(f => f.ReferenceDate is null), Regex.Matches(html, "class=\"badge undated\"").Count);
        Assert.Equal(model.Disputed.Count, Regex.Matches(text, @"\(disputed\)</th>").Count);
        Assert.Equal(2, Regex.Matches(html, "<svg ").Count);
    }

    [Fact]
    public void Render_SampleBrief_LoadsNothingAndRunsOnlyItsHashedScript()
    {
        // Given
        var html = HtmlReports.Render(HtmlReports.Sample());

        // When
        var scripts = ScriptElement().Matches(html);
        var policy = CspMeta().Match(html);
        var hash = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(scripts.Single().Groups["body"].Value)));

        // Then: one script, allowed by its hash and by nothing else; nothing that could fetch.
        Assert.True(policy.Success, "no Content-Security-Policy meta");
        var csp = System.Net.WebUtility.HtmlDecode(policy.Groups["csp"].Value);
        Assert.StartsWith("default-src 'none';", csp);
        Assert.Contains($"script-src '{hash}';", csp);
        Assert.DoesNotContain("unsafe-inline';", csp.Split("script-src")[1].Split(';')[0]);
        Assert.True(html.IndexOf("Content-Security-Policy", StringComparison.Ordinal) < html.IndexOf("<style>", StringComparison.Ordinal), "the policy must come before any content");
        Assert.DoesNotMatch(@"<(link|img|iframe|object|embed|base|audio|video|source)\b", html);
        Assert.DoesNotMatch(@"\ssrc\s*=", html);
        Assert.DoesNotContain("@import", html);
        // A CSS url() may only name a fragment of the page itself (a chart's clip path), never an address.
        Assert.DoesNotMatch(@"url\((?!#)", html);
        foreach (Match href in Regex.Matches(html, "href=\"(?<url>[^\"]*)\""))
            Assert.Matches("^(#|https?://)", href.Groups["url"].Value);
    }

    [Fact]
    public void Render_HostileText_ComesOutAsText()
    {
        // Given
        var model = HtmlReports.Hostile();

        // When
        var html = HtmlReports.Render(model);

        // Then: no hostile string survives as markup; each is there as escaped text.
        Assert.Single(ScriptElement().Matches(html));
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotContain("<svg onload", html);
        Assert.DoesNotMatch(@"<[a-zA-Z][^<>]*\son[a-z]+\s*=", Regex.Replace(html, "\"[^\"]*\"", "\"\""));
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\" javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://example.com/article%22onmouseover=%22alert(1)\"", html);
        Assert.Contains("&lt;script&gt;window.__figuresPwned=&#39;script&#39;", html);
        Assert.DoesNotContain(HtmlReports.RightToLeftOverride, html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"control\">[U+202E]</span>gnp.exe", html);
    }

    [Theory]
    [InlineData("https://example.com/a?b=1", true)]
    [InlineData("http://example.com", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("//example.com/x", false)]
    [InlineData("ftp://example.com/x", false)]
    [InlineData("example.com", false)]
    public void WebLink_OnlyAbsoluteHttpAndHttps_AreLinks(string url, bool link)
    {
        // When
        var html = new StringBuilder().Link(url).ToString();

        // Then
        Assert.Equal(link, HtmlText.WebLink(url) is not null);
        Assert.Equal(link, html.StartsWith("<a href=\"http", StringComparison.Ordinal));
        if (!link) Assert.DoesNotContain("<a", html);
    }

    [Theory]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<svg><rect onclick=\"alert(1)\"/></svg>")]
    [InlineData("<svg><a href=\"https://example.com\"><text>x</text></a></svg>")]
    [InlineData("<svg><image href=\"https://example.com/x.png\"/></svg>")]
    [InlineData("<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\"><use xlink:href=\"https://example.com/s.svg#a\"/></svg>")]
    [InlineData("<svg><foreignObject><div>x</div></foreignObject></svg>")]
    [InlineData("<svg><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>")]
    [InlineData("<svg><rect></svg>")]
    [InlineData("<p>not a chart</p>")]
    public void InlineSvg_ScriptHandlerOrOutsideLink_Throws(string svg)
    {
        Assert.Throws<InvalidOperationException>(() => InlineSvg.Prepare(svg, "chart1"));
    }

    [Fact]
    public void InlineSvg_ChartDocument_KeepsTheSvgElementWithItsIdsPrefixed()
    {
        // Given: what a Skia SVG canvas writes, clip paths and all.
        var document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
            + "<defs><clipPath id=\"clip_1\"><rect width=\"1\" height=\"1\"/></clipPath></defs>"
            + "<g clip-path=\"url(#clip_1)\"><use xlink:href=\"#clip_1\"/><image href=\"data:image/png;base64,AAAA\"/><text>&lt;b&gt; &amp; url(#clip_1)</text></g></svg>\n";

        // When
        var inline = InlineSvg.Prepare(document, "chart2");

        // Then: one chart's clip path can no longer clip another; text stays text.
        Assert.StartsWith("<svg xmlns=", inline);
        Assert.EndsWith("</svg>", inline);
        Assert.DoesNotContain("<?xml", inline);
        Assert.Contains("id=\"chart2-clip_1\"", inline);
        Assert.Contains("clip-path=\"url(#chart2-clip_1)\"", inline);
        Assert.Contains("xlink:href=\"#chart2-clip_1\"", inline);
        Assert.Contains("<text>&lt;b&gt; &amp; url(#clip_1)</text>", inline);
        Assert.DoesNotContain("\"clip_1\"", inline);
    }

    [Fact]
    public void Brief_FormatHtml_WritesThePageToOutOrBesideTheDefinition()
    {
        // Given
        var folder = Paths.TempFolder();
        var output = Path.Combine(folder, "report.html");
        var definition = Path.Combine(folder, "sample.json");
        File.Copy(HtmlReports.Definition, definition);

        // When
        var (code, _, error) = CliRunner.Run(["brief", HtmlReports.Definition, "--data", Paths.Dataset, "--format", "html", "--out", output]);
        var (besideCode, _, besideError) = CliRunner.Run(["brief", definition, "--data", Paths.Dataset, "--format", "html"]);

        // Then
        Assert.True(code == 0, error);
        Assert.Contains("wrote " + output, error);
        var html = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Equal(html, HtmlReports.Render(HtmlReports.Sample()));
        Assert.True(besideCode == 0, besideError);
        Assert.Equal(html, File.ReadAllText(Path.Combine(folder, "sample.html")));
        Assert.Empty(Directory.GetFiles(folder, "*.pdf"));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public void Brief_FormatHtmlWithPng_IsAUsageError()
    {
        // When
        var (code, _, error) = CliRunner.Run(["brief", HtmlReports.Definition, "--data", Paths.Dataset, "--format", "html", "--png", Paths.TempFolder()]);

        // Then
        Assert.Equal(2, code);
        Assert.Contains("--png", error);
    }

    [GeneratedRegex("<script>(?<body>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptElement();

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"(?<csp>[^\"]*)\">")]
    private static partial Regex CspMeta();
}
