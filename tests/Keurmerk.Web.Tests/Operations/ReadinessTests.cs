using Keurmerk.Audits.Notifications;
using Keurmerk.Web.Infrastructure.Mail;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;

namespace Keurmerk.Web.Tests.Operations;

/// <summary>/health/live says the process answers; /health/ready whether this instance should take traffic.</summary>
public class ReadinessTests(ReadinessTests.StrictOutboxApp app) : IClassFixture<ReadinessTests.StrictOutboxApp>
{
    /// <summary>Not a single notification may be overdue, so one stuck message is enough to see the check turn.</summary>
    public sealed class StrictOutboxApp : AppFixture
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Health:OutboxBacklogThreshold", "0");
            builder.UseSetting("Health:OutboxOverdueMinutes", "15");
        }
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> Ready()
    {
        var response = await app.CreateClient().GetAsync("/health/ready");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task Live_Is200_AndReady_ChecksDatabaseJobsAndOutbox_ThenTurnsWhenMailIsStuck_AndBackWhenDelivered()
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var delivery = app.Services.GetRequiredService<NotificationDelivery>();
        await delivery.DeliverDue(); // what the demo seeding left behind

        var (status, body) = await Ready();
        Assert.Equal(HttpStatusCode.OK, status);
        var checks = body.GetProperty("checks");
        Assert.Equal(["database", "jobs", "outbox"], checks.EnumerateObject().Select(c => c.Name).Order());
        Assert.All(checks.EnumerateObject(), c => Assert.Equal("Healthy", c.Value.GetProperty("status").GetString()));

        // A message the delivery job has not picked up for longer than the limit: not ready.
        await using (var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Store(Notification.Create("wachtrij@example.org", "test", MailText.Bilingual("a", "a", "b", "b"), app.Clock.GetUtcNow()));
            await session.SaveChangesAsync();
        }
        Assert.Equal(HttpStatusCode.OK, (await Ready()).Status); // due, not yet overdue
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        (status, body) = await Ready();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());

        await delivery.DeliverDue();
        Assert.Equal(HttpStatusCode.OK, (await Ready()).Status);
    }
}
