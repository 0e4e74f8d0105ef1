using Keurmerk.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Keurmerk.Web.Tests.Support;

/// <summary>
/// The whole app over real HTTP (in-process test server), on the real PostgreSQL in a schema of its
/// own for the test class, with demo accounts seeded and a clock the test can move.
/// </summary>
public class AppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _schema = TestDatabase.NewSchemaName("web");

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "keurmerk-mail-" + Guid.NewGuid().ToString("N"));

    public string Schema => _schema;

    /// <summary>Issuer keys of this app only: generated on first use with the test's clock, deleted afterwards.</summary>
    public string KeyFolder { get; } = Path.Combine(Path.GetTempPath(), "keurmerk-keys-" + Guid.NewGuid().ToString("N"));

    /// <summary>Files a test saves as a user would (a downloaded checkpoint, a JWKS), deleted afterwards.</summary>
    public string FilesFolder { get; } = Path.Combine(Path.GetTempPath(), "keurmerk-files-" + Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Keurmerk", TestDatabase.ConnectionString);
        builder.UseSetting("Keurmerk:Schema", _schema);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Hangfire:Server", "false");
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        // Every test class shares one client address: rate limits only where a test sets them (RateLimitTests).
        foreach (var limit in new[] { "LoginPerClient", "LoginPerAccount", "AccountMailPerClient", "SignalPerClient", "SignalPerOrganisation", "RegisterPerClient" })
            builder.UseSetting($"RateLimits:{limit}:Permits", "1000000");
        builder.UseSetting("Credentials:KeyFolder", KeyFolder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests look at them).</summary>
    public virtual WebSession NewSession() =>
        // The fixture's own base address: http://localhost in-process, the real socket when a subclass uses Kestrel.
        // No redirect handler: tests look at redirects. Cookies kept by the app's (fake) clock, not the machine's.
        new(CreateDefaultClient(ClientOptions.BaseAddress, new CookieContainerHandler(), new FakeClockCookies(Clock)));

    public async Task<WebSession> LoggedIn(string email, string password = Infrastructure.Demo.DemoData.Password)
    {
        var session = NewSession();
        await session.LogIn(email, password);
        return session;
    }

    public virtual Task InitializeAsync()
    {
        _ = Server; // start the app (and seed) before the first test
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync(); // virtual: a derived fixture (the browser one) closes what it opened first
        await TestDatabase.DropSchema(_schema);
        await TestDatabase.DropSchema(_schema + "_hangfire");
        if (Directory.Exists(MailFolder)) Directory.Delete(MailFolder, recursive: true);
        if (Directory.Exists(KeyFolder)) Directory.Delete(KeyFolder, recursive: true);
        if (Directory.Exists(FilesFolder)) Directory.Delete(FilesFolder, recursive: true);
    }
}
