using Microsoft.Playwright;
using Figures.Tests.Support;

namespace Figures.Tests.Reports.Html;

/// <summary>
/// One headless Debian chromium for a test class, driven by Playwright. Playwright's own browser download
/// cannot work here, so it is pointed at /usr/bin/chromium; a missing chromium skips each test with the
/// reason, or fails it under CI=true (<see cref="ExternalTool.Require"/>).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Nothing to start until a test asks: a machine without chromium still runs the other tests.</summary>
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>The browser, started on first use; skips (or fails in CI) when chromium is not installed.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        var chromium = ExternalTool.Require("chromium", "chromium");
        if (_browser is not null) return _browser;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
        return _browser;
    }

    /// <summary>Closes the browser and the Playwright driver.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}
