using JasperFx;
using Keurmerk.Audits;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Register;
using Keurmerk.Audits.Users;
using Keurmerk.Domain.Assessments;
using Keurmerk.Web.Infrastructure.Demo;
using Keurmerk.Web.Infrastructure.Operations;
using Keurmerk.Web.Infrastructure.Webhooks;
using Keurmerk.Web.Tests.Schools;
using Keurmerk.Web.Tests.Support;
using Marten;
using System.Net;
using System.Text.Json;

namespace Keurmerk.Web.Tests.Operations;

/// <summary>
/// Two app processes, as in production behind a load balancer: Production settings, one database made
/// by db-apply, a Hangfire server in each, one shared mail folder. A browser (one cookie jar) goes back
/// and forth between them.
/// </summary>
public class TwoInstancesTests(TwoInstancesTests.Instances instances) : IClassFixture<TwoInstancesTests.Instances>
{
    public const string MetricsToken = "scrape-token-for-tests";

    public sealed class Instances : IAsyncLifetime
    {
        public ScratchDatabase Database { get; private set; } = null!;
        public AppProcess A { get; private set; } = null!;
        public AppProcess B { get; private set; } = null!;
        public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "keurmerk-two-" + Guid.NewGuid().ToString("N"));
        public DocumentStore Store { get; private set; } = null!;

        private Dictionary<string, string> Settings(bool seed, string knownProxy) => new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Keurmerk"] = Database.ConnectionString,
            ["Demo__Seed"] = seed ? "true" : "false",
            ["Mail__PickupFolder"] = MailFolder,
            ["Webhooks__AllowInsecure"] = "true",
            ["Webhooks__AllowPrivateAddresses"] = "true",
            ["Telemetry__MetricsToken"] = MetricsToken,
            ["ForwardedHeaders__KnownProxies__0"] = knownProxy,
            // Action logs run inside the request's user scope: enough to see what a log line carries.
            ["Logging__LogLevel__Microsoft.AspNetCore.Mvc.Infrastructure"] = "Information",
        };

        public async Task InitializeAsync()
        {
            Database = await ScratchDatabase.Create("two");
            var (exitCode, output) = await AppProcess.Run(DatabaseSchema.ApplyCommand, Settings(false, "127.0.0.1"));
            Assert.True(exitCode == 0, output);
            // A trusts the proxy on this machine; B only one at 10.9.8.7, so it ignores what 127.0.0.1 claims.
            A = await AppProcess.StartWeb(Settings(seed: true, knownProxy: "127.0.0.1"));
            B = await AppProcess.StartWeb(Settings(seed: false, knownProxy: "10.9.8.7"));
            Store = DocumentStore.For(options =>
            {
                KeurmerkStore.Configure(options, Database.ConnectionString);
                options.AutoCreateSchemaObjects = AutoCreate.None;
            });
        }

        public async Task DisposeAsync()
        {
            Store?.Dispose();
            if (A is not null) await A.DisposeAsync();
            if (B is not null) await B.DisposeAsync();
            if (Directory.Exists(MailFolder)) Directory.Delete(MailFolder, recursive: true);
            await Database.DisposeAsync();
        }
    }

    /// <summary>One browser: the same cookies go to either instance (cookies do not depend on the port).</summary>
    private sealed class Browser
    {
        private readonly CookieContainer _cookies = new();

        public WebSession On(AppProcess instance) => new(new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false })
        { BaseAddress = new Uri(instance.BaseUrl) });
    }

    private static async Task<(WebSession OnA, WebSession OnB)> SchoolLoggedInOnA(Instances instances)
    {
        var browser = new Browser();
        var onA = browser.On(instances.A);
        await onA.LogIn(SchoolSupport.DemoSchool, DemoData.Password);
        return (onA, browser.On(instances.B));
    }

    [Fact]
    public async Task LoggedInOnOne_ContinuesOnTheOther_AndAFormRenderedByOneIsAcceptedByTheOther()
    {
        var (onA, onB) = await SchoolLoggedInOnA(instances);

        var onBPage = await onB.Get("/school"); // the login cookie made by A opens B
        Assert.Contains("Stagebureau De Haagse Hogeschool", onBPage.Body!.TextContent);

        await using var receiver = await WebhookReceiver.Start();
        var formFromA = await onA.Get("/school");
        var response = await onB.Submit(formFromA, "form#register-webhook", new Dictionary<string, string> { ["url"] = receiver.Url });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // A's antiforgery token accepted by B
        var secret = (await WebSession.Parse(response)).QuerySelector(".webhook-secret")!.TextContent.Trim();
        Assert.Equal(64, secret.Length);
        var row = await instances.Database.Scalar<string>("select string_agg(data::text, '') from keurmerk.mt_doc_webhook");
        Assert.Contains(receiver.Url, row);
        Assert.DoesNotContain(secret, row);
    }

    [Fact]
    public async Task EveryInstanceRunsJobs_YetEachRecurringRunAndEachOutboxItemHappensOnce()
    {
        var (onA, onB) = await SchoolLoggedInOnA(instances);
        await using var receiver = await WebhookReceiver.Start();
        var secret = await onB.RegisterWebhook(receiver.Url);
        Assert.Equal(HttpStatusCode.Redirect, (await onA.Follow(DemoCertificates.Valid.KvkNumber)).StatusCode);
        var started = DateTimeOffset.UtcNow;

        // A certificate suspended (through the real decision): a mail to the school in the outbox and a webhook delivery.
        await using (var session = instances.Store.LightweightSession())
        {
            var entry = await session.Query<RegisterEntry>().SingleAsync(r => r.KvkNumber == DemoCertificates.Valid.KvkNumber);
            var assessor = await session.Query<AppUser>().SingleAsync(u => u.Email == Certification.AssessorA);
            await session.Decide(entry.Id, null, state => CertificateDecider.Decide(state,
                new SuspendCertificate("Een melding wordt onderzocht.", assessor.Id, DateTimeOffset.UtcNow)));
        }

        // Wait for the minutely jobs of both servers: until the mail is sent, the POST arrived, and at least two minutes' runs happened.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(4);
        List<Notification> mails = [];
        long minutesRun = 0;
        while (DateTime.UtcNow < deadline)
        {
            await using var query = instances.Store.QuerySession();
            mails = [.. await query.Query<Notification>().Where(n => n.CreatedAt >= started.AddMinutes(-1) && n.Kind != "test").ToListAsync()];
            minutesRun = await instances.Database.Scalar<long>(
                $"select count(distinct date_trunc('minute', createdat)) from keurmerk_hangfire.job where invocationdata::text like '%NotificationDelivery%' and createdat >= '{started.UtcDateTime:O}'");
            if (mails.Count > 0 && mails.All(m => m.SentAt is not null) && receiver.Received.Count > 0 && minutesRun >= 2) break;
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        Assert.True(mails.Count > 0 && mails.All(m => m.SentAt is not null), $"mail not sent in time ({mails.Count} in the outbox)");

        // Two job servers, one per instance, and one job per occurrence of the recurring delivery, never two.
        Assert.Equal(2L, await instances.Database.Scalar<long>("select count(*) from keurmerk_hangfire.server"));
        Assert.True(minutesRun >= 2, $"only {minutesRun} minute(s) of delivery runs seen");
        Assert.Equal(0L, await instances.Database.Scalar<long>("""
            select count(*) from (select date_trunc('minute', createdat) from keurmerk_hangfire.job
                                   where invocationdata::text like '%NotificationDelivery%' group by 1 having count(*) > 1) doubled
            """));
        // Each mail in the shared pickup folder exactly once; the webhook posted once, signed with the secret A's key ring protected.
        var files = Directory.GetFiles(instances.MailFolder).Select(File.ReadAllText).ToList();
        Assert.All(mails, m => Assert.Single(files, f => f.Contains($"<{m.Id:N}@keurmerk>", StringComparison.Ordinal)));
        var post = Assert.Single(receiver.Received);
        Assert.Equal(WebhookSignature.Sign(secret, post.Body), post.Signature);
    }

    [Fact]
    public async Task ForwardedHeaders_AreBelievedOnlyFromTheConfiguredProxies()
    {
        async Task<Uri> LoginRedirect(AppProcess instance)
        {
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, instance.BaseUrl + "/school");
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", "203.0.113.9");
            return (await client.SendAsync(request)).Headers.Location!;
        }

        Assert.Equal("https", (await LoginRedirect(instances.A)).Scheme); // 127.0.0.1 is A's known proxy
        Assert.Equal("http", (await LoginRedirect(instances.B)).Scheme);  // B knows only 10.9.8.7
    }

    [Fact]
    public async Task Logs_AreJsonWithTraceAndUserIds_ButNoEmail_AndMetricsNeedTheToken()
    {
        var (_, onB) = await SchoolLoggedInOnA(instances);
        await onB.Get("/school");
        await using var query = instances.Store.QuerySession();
        var school = await query.Query<AppUser>().SingleAsync(u => u.Email == SchoolSupport.DemoSchool);

        var lines = instances.B.Output.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var withUser = lines.Where(l => l.GetProperty("Scopes").EnumerateArray()
            .Any(s => s.TryGetProperty("UserId", out var id) && id.GetString() == school.Id.ToString())).ToList();
        Assert.NotEmpty(withUser);
        Assert.All(withUser, l => Assert.Contains(l.GetProperty("Scopes").EnumerateArray(), s => s.TryGetProperty("TraceId", out _)));
        Assert.DoesNotContain(instances.A.Output.Concat(instances.B.Output), l => l.Contains("@hhs.demo", StringComparison.OrdinalIgnoreCase));

        using var client = new HttpClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(instances.A.BaseUrl + OperationsSetup.MetricsPath)).StatusCode);
        using var scrape = new HttpRequestMessage(HttpMethod.Get, instances.A.BaseUrl + OperationsSetup.MetricsPath);
        scrape.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", MetricsToken);
        var metrics = await (await client.SendAsync(scrape)).Content.ReadAsStringAsync();
        Assert.Contains("keurmerk_outbox_backlog", metrics);
        Assert.Contains("http_server_request_duration", metrics);
    }
}
