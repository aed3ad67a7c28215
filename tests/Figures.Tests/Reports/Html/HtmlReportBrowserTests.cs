using Figures.Core.Model;
using Figures.Core.Query;
using Figures.Reports.Model;
using Figures.Tests.Support;
using Microsoft.Playwright;

namespace Figures.Tests.Reports.Html;

/// <summary>
/// The HTML report in a real browser (Debian chromium through Playwright), opened from a file as an analyst
/// would open an attachment: filters, sorts, details, safety, zoom and print. Few tests, one browser.
/// </summary>
public sealed class HtmlReportBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly Lazy<(BriefModel Model, string Path)> Sample = new(() =>
    {
        var model = HtmlReports.Sample();
        return (model, HtmlReports.WritePage(HtmlReports.Render(model)));
    });

    private static string[] Ids(IEnumerable<Figure> figures) => figures.Select(f => f.Id).ToArray();

    private static async Task<OpenedPage> OpenSampleAsync(ChromiumFixture chromium, BrowserNewContextOptions? options = null) =>
        await OpenedPage.OpenAsync(await chromium.BrowserAsync(), Sample.Value.Path, options);

    private static void AssertQuiet(OpenedPage opened)
    {
        Assert.Empty(opened.Attempts);
        Assert.Empty(opened.Requests);
        Assert.Empty(opened.Errors);
        Assert.Empty(opened.Dialogs);
    }

    [Fact]
    public async Task Filters_ByKeyboardAndEachFacet_ShowWhatTheCliWouldSelect()
    {
        // Given
        var model = Sample.Value.Model;
        var figures = model.Figures;
        await using var opened = await OpenSampleAsync(chromium);
        var page = opened.Page;
        Assert.Equal(Ids(figures), await opened.ShownIdsAsync());
        Assert.True(await page.IsVisibleAsync("#filters"), "the script did not run: the filters stay hidden");

        // When: the metric filter is reached with Tab and changed with an arrow key.
        var reached = false;
        for (var i = 0; i < 60 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<string>("document.activeElement.id") == "f-metric";
        }
        Assert.True(reached, "the metric filter cannot be reached with the keyboard");
        await page.Keyboard.PressAsync("ArrowDown");

        // Then
        var firstMetric = figures[0].Metric;
        var byMetric = Ids(figures.Where(f => f.Metric == firstMetric));
        Assert.Equal(byMetric, await opened.ShownIdsAsync());
        Assert.Equal($"Showing {byMetric.Length} of {figures.Count} figures", await page.TextContentAsync("#shown"));

        // When / Then: each other facet, one at a time, as the CLI's own filter would select.
        await page.ClickAsync("button[type=reset]");
        await Assertions.Expect(page.Locator("#shown")).ToHaveTextAsync($"Showing {figures.Count} of {figures.Count} figures");
        var place = figures.GroupBy(f => f.Location).OrderByDescending(g => g.Count()).First().Key;
        await page.SelectOptionAsync("#f-place", place);
        Assert.Equal(Ids(figures.Where(f => f.Location == place)), await opened.ShownIdsAsync());
        await page.SelectOptionAsync("#f-place", "");
        await page.SelectOptionAsync("#f-source", "2");
        Assert.Equal(model.Sources[1].FigureIds.Order(StringComparer.Ordinal), (await opened.ShownIdsAsync()).Order(StringComparer.Ordinal));
        await page.SelectOptionAsync("#f-source", "");
        await page.SelectOptionAsync("#f-qualifier", "more_than");
        Assert.Equal(Ids(figures.Where(f => f.Qualifier == Qualifier.MoreThan)), await opened.ShownIdsAsync());
        await page.SelectOptionAsync("#f-qualifier", "");

        // When / Then: dates select what --from/--to select (undated figures never match), unless undated ones are kept.
        await page.FillAsync("#f-from", "2018-09-05");
        await page.FillAsync("#f-to", "2019-06-30");
        var dated = new FigureFilter { From = new DateOnly(2018, 9, 5), To = new DateOnly(2019, 6, 30) };
        var inRange = Ids(figures.Where(dated.Matches));
        Assert.Contains(figures, f => dated.Matches(f) && f.PeriodStart < dated.From);
        Assert.Equal(inRange, await opened.ShownIdsAsync());
        await page.CheckAsync("#f-undated");
        Assert.Equal(Ids(figures.Where(f => dated.Matches(f) || f.ReferenceDate is null)), await opened.ShownIdsAsync());

        // When / Then: a figure's quote and source are one click away.
        await page.ClickAsync("button[type=reset]");
        await Assertions.Expect(page.Locator("#shown")).ToHaveTextAsync($"Showing {figures.Count} of {figures.Count} figures");
        var first = figures[0];
        var details = page.Locator("#figures-table tbody tr").First.Locator("details");
        Assert.False(await details.Locator("blockquote").IsVisibleAsync());
        await details.Locator("summary").ClickAsync();
        Assert.Contains(first.Quote.Trim(), await details.Locator("blockquote").TextContentAsync());
        Assert.True(await details.Locator("blockquote").IsVisibleAsync());
        AssertQuiet(opened);
    }

    [Fact]
    public async Task Sort_ByFigureThenByDate_OrdersTheRowsAndSaysSo()
    {
        // Given
        var figures = Sample.Value.Model.Figures;
        await using var opened = await OpenSampleAsync(chromium);
        var page = opened.Page;
        var figureHeader = page.Locator("#figures-table thead th").Nth(0);
        var dateHeader = page.Locator("#figures-table thead th").Nth(3);

        // When
        await figureHeader.Locator("button").ClickAsync();
        var ascending = await opened.ShownIdsAsync();
        await figureHeader.Locator("button").PressAsync("Enter");
        var descending = await opened.ShownIdsAsync();

        // Then: by value (ties keep the table's order), and the header says which way.
        var values = figures.ToDictionary(f => f.Id, f => f.Value);
        Assert.Equal(ascending.OrderBy(id => values[id]), ascending.Select(id => id));
        Assert.True(ascending.Select(id => values[id]).SequenceEqual(ascending.Select(id => values[id]).Order()));
        Assert.True(descending.Select(id => values[id]).SequenceEqual(descending.Select(id => values[id]).OrderDescending()));
        Assert.Equal("descending", await figureHeader.GetAttributeAsync("aria-sort"));

        // When
        await dateHeader.Locator("button").ClickAsync();
        var byDate = await opened.ShownIdsAsync();

        // Then: the newest date last, undated figures after every dated one; the other header no longer claims an order.
        var byId = figures.ToDictionary(f => f.Id);
        var dates = byDate.Select(id => byId[id].ReferenceDate).ToList();
        var undated = figures.Count(f => f.ReferenceDate is null);
        Assert.All(dates.TakeLast(undated), d => Assert.Null(d));
        var known = dates.Take(dates.Count - undated).Select(d => d!.Value).ToList();
        Assert.Equal(known.Order(), known);
        Assert.Equal("ascending", await dateHeader.GetAttributeAsync("aria-sort"));
        Assert.Equal("none", await figureHeader.GetAttributeAsync("aria-sort"));
        AssertQuiet(opened);
    }

    [Fact]
    public async Task Page_HostileDataset_RunsNothingLoadsNothingAndShowsTheText()
    {
        // Given
        var model = HtmlReports.Hostile();
        var path = HtmlReports.WritePage(HtmlReports.Render(model));
        await using var opened = await OpenedPage.OpenAsync(await chromium.BrowserAsync(), path);
        var page = opened.Page;

        // When: every disclosure opened, every filter value tried, every column sorted.
        foreach (var summary in await page.Locator("summary").AllAsync()) await summary.ClickAsync();
        foreach (var facet in new[] { "metric", "place", "source", "qualifier" })
        {
            foreach (var value in await page.Locator($"#f-{facet} option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)"))
                await page.SelectOptionAsync($"#f-{facet}", value);
        }
        foreach (var button in await page.Locator("th button").AllAsync()) await button.ClickAsync();

        // Then: no script of the data ran, nothing was fetched, and the text reads as it was written.
        Assert.Equal("undefined", await page.EvaluateAsync<string>($"typeof window.{HtmlReports.Flag}"));
        AssertQuiet(opened);
        var text = await page.Locator("body").InnerTextAsync();
        foreach (var hostile in HtmlReports.HostileTexts.Take(4)) Assert.Contains(hostile, text);
        Assert.Contains("[U+202E]gnp.exe says 1,000[U+2066]", text);
        Assert.Equal(0, await page.Locator("body img, body iframe, a[href^='javascript' i], a[href^='data' i], [onerror], [onload]").CountAsync());
        Assert.Equal(1, await page.Locator("script").CountAsync());
        Assert.Contains("javascript:window.__figuresPwned='link'", text);
    }

    [Fact]
    public async Task Page_MarkupPastTheEscaping_IsStoppedByThePolicy()
    {
        // Given: as if escaping had failed somewhere, live markup that would run script and fetch from the network.
        var html = HtmlReports.Render(Sample.Value.Model).Replace("<main>",
            $"<main><img src=\"https://example.com/pixel.png\"><img src=x onerror=\"window.{HtmlReports.Flag}='img'\">" +
            $"<script>window.{HtmlReports.Flag}='script'</script><iframe src=\"https://example.com/\"></iframe>" +
            "<link rel=\"stylesheet\" href=\"https://example.com/style.css\"><form action=\"https://example.com/\"></form>", StringComparison.Ordinal);
        var path = HtmlReports.WritePage(html);

        // When
        await using var opened = await OpenedPage.OpenAsync(await chromium.BrowserAsync(), path);

        // Then: the Content-Security-Policy refuses all of it (and says so on the console), while the page's own script runs.
        Assert.Equal("undefined", await opened.Page.EvaluateAsync<string>($"typeof window.{HtmlReports.Flag}"));
        Assert.Empty(opened.Requests);
        Assert.Contains("https://example.com/pixel.png", opened.Attempts);
        Assert.NotEmpty(opened.Errors);
        Assert.All(opened.Errors, e => Assert.Contains("Content Security Policy", e));
        Assert.True(await opened.Page.IsVisibleAsync("#filters"));
    }

    [Fact]
    public async Task Page_At200PercentZoomAndInPrint_StaysReadable()
    {
        // Given: a 1280-pixel window at 200% zoom is 640 CSS pixels at 2 device pixels each.
        var zoomed = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 640, Height = 900 }, DeviceScaleFactor = 2 };
        await using var opened = await OpenSampleAsync(chromium, zoomed);
        var page = opened.Page;

        // When
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        var wide = await page.EvaluateAsync<string[]>(
            "Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)" +
            ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
        var bodyText = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.body).fontSize)");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.EvaluateAsync("window.dispatchEvent(new Event('beforeprint'))");

        // Then: nothing runs off the side but the table, which scrolls in its own region; on paper the filters
        // go and every quote is shown.
        Assert.True(overflow <= 0, $"the page is {overflow} CSS pixels wider than the window at 200% zoom: {string.Join(", ", wide)}");
        Assert.True(bodyText >= 16, $"body text is {bodyText}px");
        Assert.False(await page.IsVisibleAsync("#filters"));
        Assert.Equal(Sample.Value.Model.Figures.Count, await page.Locator("details[open]").CountAsync());
        Assert.True(await page.Locator("#figures-table tbody blockquote").First.IsVisibleAsync());
        AssertQuiet(opened);
    }

    [Fact]
    public async Task Page_SampleReport_ScreenshotForTheGallery()
    {
        // Given
        await using var opened = await OpenSampleAsync(chromium, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1500 } });
        var page = opened.Page;
        var folder = Paths.Gallery("html");

        // When: the top of the page; then the table as an analyst uses it, filtered, one figure's details open.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "report.png") });
        await page.SelectOptionAsync("#f-metric", "population");
        await page.Locator("#figures-table tbody tr:not([hidden]) summary").Nth(1).ClickAsync();
        await page.Locator("#all-figures").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, "table.png") });

        // Then
        Assert.True(new FileInfo(Path.Combine(folder, "table.png")).Length > 10_000);
        AssertQuiet(opened);
    }
}
