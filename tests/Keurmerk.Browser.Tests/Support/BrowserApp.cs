using Keurmerk.Web.Tests.Support;
using Microsoft.Playwright;
using System.Net;

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
    private IBrowserContext? _public;
    private Task<Scenario>? _scenario;

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

    /// <summary>
    /// An HTTP session over the real socket, for setting up state quickly without the browser. Like the web tests'
    /// sessions it keeps cookies and does not follow redirects (the test server's client options do not apply to Kestrel).
    /// </summary>
    public override WebSession NewSession() =>
        new(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }, disposeHandler: true)
        {
            BaseAddress = ClientOptions.BaseAddress,
        });

    /// <summary>The pages' data, set up once on first use (see <see cref="Support.Scenario"/>).</summary>
    public Task<Scenario> Scenario() => _scenario ??= Support.Scenario.Build(this);

    /// <summary>One shared context with nobody logged in, for looking at public pages.</summary>
    public async Task<IBrowserContext> PublicContext() => _public ??= await NewContext();

    /// <summary>A fresh context with nobody logged in (the public, a student raising a signal).</summary>
    public async Task<IBrowserContext> NewContext()
    {
        var context = await Browser.NewContextAsync(ContextOptions());
        // Generous: the suite shares two cores with builds and the other test projects.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return context;
    }

    /// <summary>A context logged in as this account through the login page, made once and reused (do not dispose it).</summary>
    public async Task<IBrowserContext> LoggedInContext(string email, string password = Web.Infrastructure.Demo.DemoData.Password)
    {
        if (_contexts.TryGetValue(email, out var existing)) return existing;
        return _contexts[email] = await NewLoggedInContext(email, password);
    }

    /// <summary>A new context of the test's own, logged in as this account through the login page; the test disposes it.</summary>
    public async Task<IBrowserContext> NewLoggedInContext(string email, string password = Web.Infrastructure.Demo.DemoData.Password)
    {
        var context = await NewContext();
        var page = await context.NewPageAsync();
        await LogIn(page, email, password);
        await page.CloseAsync();
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
        if (_public is not null) await _public.DisposeAsync();
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
