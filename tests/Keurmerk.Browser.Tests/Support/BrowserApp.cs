using Keurmerk.Web.Tests.Support;
using Microsoft.Playwright;

namespace Keurmerk.Browser.Tests.Support;

/// <summary>
/// The app on a real socket (Kestrel on 127.0.0.1, a free port) against the real PostgreSQL in a schema of
/// its own, plus one headless Chromium for the whole browser suite. Logged-in browser contexts are kept per
/// account, so a role logs in once per run.
/// </summary>
public sealed class BrowserApp : AppFixture
{
    private readonly Dictionary<string, IBrowserContext> _contexts = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserApp()
    {
        UseKestrel(0);
        // The browser keeps the login cookie by the machine's clock, so the app's clock must not lag behind it.
        var now = DateTimeOffset.UtcNow;
        if (now > Clock.GetUtcNow()) Clock.SetUtcNow(now);
    }

    /// <summary>The address Kestrel listens on, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public override async Task InitializeAsync()
    {
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.Launch(_playwright);
    }

    /// <summary>A fresh context with nobody logged in (the public, a student raising a signal).</summary>
    public Task<IBrowserContext> NewContext() => Browser.NewContextAsync(ContextOptions());

    /// <summary>A context logged in as this account through the login page, made once and reused.</summary>
    public async Task<IBrowserContext> LoggedInContext(string email, string password = Web.Infrastructure.Demo.DemoData.Password)
    {
        if (_contexts.TryGetValue(email, out var existing)) return existing;
        var context = await NewContext();
        var page = await context.NewPageAsync();
        await LogIn(page, email, password);
        await page.CloseAsync();
        _contexts[email] = context;
        return context;
    }

    public async Task LogIn(IPage page, string email, string password)
    {
        await page.GotoAsync(BaseUrl + "/account/login");
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("#Password").FillAsync(password);
        await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    public BrowserNewContextOptions ContextOptions() => new()
    {
        BaseURL = BaseUrl,
        ViewportSize = Viewports.Desktop,
        Locale = "nl-NL",
        AcceptDownloads = true,
    };

    public override async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts.Values) await context.DisposeAsync();
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>All browser test classes share one app and one browser: they run one after the other in this collection.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
