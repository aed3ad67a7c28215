using Microsoft.Playwright;

namespace Figures.Tests.Reports.Html;

/// <summary>
/// A report opened from a file:// URL, with everything a test must see recorded: every request the page
/// attempted other than for the file itself, those that got past the page's own policy to the network layer
/// (each then aborted, so nothing reaches a network), console errors, uncaught errors and dialogs.
/// </summary>
public sealed class OpenedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private OpenedPage(IBrowserContext context, IPage page, string url)
    {
        _context = context;
        Page = page;
        Url = url;
    }

    /// <summary>The page.</summary>
    public IPage Page { get; }
    /// <summary>The file:// address the page was loaded from.</summary>
    public string Url { get; }
    /// <summary>Every request the page attempted other than for its own file, including those its policy then refused.</summary>
    public List<string> Attempts { get; } = [];
    /// <summary>The requests that left the page: past its Content-Security-Policy, on their way to the network.</summary>
    public List<string> Requests { get; } = [];
    /// <summary>Console messages of type error, and uncaught page errors.</summary>
    public List<string> Errors { get; } = [];
    /// <summary>Messages of alert, confirm and prompt dialogs the page opened.</summary>
    public List<string> Dialogs { get; } = [];

    /// <summary>Opens <paramref name="path"/> in a fresh context of <paramref name="browser"/>.</summary>
    public static async Task<OpenedPage> OpenAsync(IBrowser browser, string path, BrowserNewContextOptions? options = null)
    {
        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var url = new Uri(path).AbsoluteUri;
        var opened = new OpenedPage(context, page, url);
        page.Request += (_, request) =>
        {
            if (request.Url != url) lock (opened.Attempts) opened.Attempts.Add(request.Url);
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (opened.Errors) opened.Errors.Add(message.Text);
        };
        page.PageError += (_, error) => { lock (opened.Errors) opened.Errors.Add(error); };
        page.Dialog += (_, dialog) =>
        {
            lock (opened.Dialogs) opened.Dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        // Belt and braces: whatever the page asks for beyond its own file never leaves the machine.
        await context.RouteAsync(_ => true, async route =>
        {
            if (route.Request.Url == url)
            {
                await route.ContinueAsync();
                return;
            }
            lock (opened.Requests) opened.Requests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return opened;
    }

    /// <summary>The ids of the table rows shown, in order.</summary>
    public Task<string[]> ShownIdsAsync() =>
        Page.EvalOnSelectorAllAsync<string[]>("#figures-table tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.id)");

    /// <summary>Closes the page's context.</summary>
    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
