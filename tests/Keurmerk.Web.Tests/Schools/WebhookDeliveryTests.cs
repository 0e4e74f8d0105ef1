using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Register;
using Keurmerk.Audits.Schools;
using Keurmerk.Web.Infrastructure.Jobs;
using Keurmerk.Web.Infrastructure.Webhooks;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Keurmerk.Web.Tests.Schools;

/// <summary>
/// A status change reaches a following school by e-mail and by a signed POST to its webhook, a receiver
/// in this process on 127.0.0.1 (which the flags below allow). The tests run the delivery job themselves.
/// </summary>
public class WebhookDeliveryTests(WebhookDeliveryTests.LoopbackWebhooksApp app) : IClassFixture<WebhookDeliveryTests.LoopbackWebhooksApp>
{
    public sealed class LoopbackWebhooksApp : AppFixture
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Webhooks:AllowInsecure", "true");
            builder.UseSetting("Webhooks:AllowPrivateAddresses", "true");
        }
    }

    private Task DeliverDue() => app.Services.GetRequiredService<WebhookDeliveries>().DeliverDue();

    /// <summary>A school with a webhook to a fresh receiver, following a freshly certified organisation.</summary>
    private async Task<(School School, string Secret, WebhookReceiver Receiver, CertifiedOrganisation Organisation)> Following(DateTimeOffset? decidedAt = null)
    {
        var receiver = await WebhookReceiver.Start();
        var school = await app.NewSchool();
        var secret = await school.Session.RegisterWebhook(receiver.Url);
        var organisation = await app.CertifiedOrganisation(decidedAt);
        await school.Session.Follow(organisation.KvkNumber);
        return (school, secret, receiver, organisation);
    }

    private static string Signature(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    [Fact]
    public async Task Suspension_MailsTheSchool_AndPostsASignedWebhook_ExactlyOnce()
    {
        var (school, secret, receiver, organisation) = await Following();
        await using var _ = receiver;

        await app.Suspend(organisation.AssessmentId);

        // Both stored with the suspension itself, before any job has run.
        Assert.True(await SchoolSupport.Query(app, s => s.Query<Notification>()
            .AnyAsync(n => n.To == school.Email && n.Kind == "status-changed" && n.AssessmentId == organisation.AssessmentId)));
        var delivery = Assert.Single(await app.Deliveries(school.UserId));
        Assert.Equal((WebhookDeliveryStatus.Pending, "suspended"), (delivery.Status, delivery.CertificateStatus));
        Assert.Empty(receiver.Received);

        await DeliverDue();
        await DeliverDue();

        var received = Assert.Single(receiver.Received);
        Assert.Equal(Signature(secret, received.Body), received.Signature);
        Assert.Equal(delivery.Id.ToString(), received.DeliveryId);
        Assert.Equal(CertificateStatusChange.EventName, received.Event);
        Assert.StartsWith("application/json", received.ContentType);
        var json = JsonDocument.Parse(received.Body).RootElement;
        var entry = await SchoolSupport.Query(app, s => s.LoadAsync<RegisterEntry>(organisation.AssessmentId));
        Assert.Equal("certificate.status_changed", json.GetProperty("event").GetString());
        Assert.Equal(organisation.KvkNumber, json.GetProperty("kvk").GetString());
        Assert.Equal(organisation.Name, json.GetProperty("organisation").GetString());
        Assert.Equal(organisation.CertificateNumber, json.GetProperty("certificateNumber").GetString());
        Assert.Equal("suspended", json.GetProperty("status").GetString());
        Assert.Equal(entry!.ValidUntil.ToString("yyyy-MM-dd"), json.GetProperty("validUntil").GetString());
        Assert.Equal(app.Clock.GetUtcNow(), json.GetProperty("occurredAt").GetDateTimeOffset());

        var stored = Assert.Single(await app.Deliveries(school.UserId));
        Assert.Equal((WebhookDeliveryStatus.Delivered, 200, 1), (stored.Status, stored.LastStatusCode, stored.Attempts));
        var row = (await school.Session.Get("/school")).QuerySelector($"tr[data-delivery='{delivery.Id}']")!;
        Assert.Equal("delivered", row.GetAttribute("data-outcome"));
        Assert.Contains("HTTP 200", row.TextContent);
    }

    [Fact]
    public async Task Expiry_ByTheDailyJob_MailsTheSchool_AndCreatesAWebhookDelivery()
    {
        // Decided just over two years ago: its last valid day has passed, and the expiry job has not run yet.
        var (school, _, receiver, organisation) = await Following(decidedAt: app.Clock.GetUtcNow().AddYears(-2).AddDays(-2));
        await using var _ = receiver;

        await app.Services.GetRequiredService<CertificateJobs>().ExpireDue();

        Assert.True(await SchoolSupport.Query(app, s => s.Query<Notification>()
            .AnyAsync(n => n.To == school.Email && n.Kind == "status-changed" && n.AssessmentId == organisation.AssessmentId)));
        Assert.Equal(["expired"], (await app.Deliveries(school.UserId)).Select(d => d.CertificateStatus));
        await DeliverDue();
        Assert.Equal("expired", JsonDocument.Parse(Assert.Single(receiver.Received).Body).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AFailingReceiver_IsRetriedAfterTheBackoff_ThenDeliveredExactlyOnce()
    {
        var (school, secret, receiver, organisation) = await Following();
        await using var _ = receiver;
        receiver.StatusToAnswer = 500;
        await app.Suspend(organisation.AssessmentId);

        await DeliverDue();
        await DeliverDue(); // not due again yet
        var failed = Assert.Single(await app.Deliveries(school.UserId));
        Assert.Equal((WebhookDeliveryStatus.Pending, 1, 500), (failed.Status, failed.Attempts, failed.LastStatusCode));
        Assert.Equal(failed.LastAttemptAt + WebhookDeliveries.Backoff(1), failed.NextAttemptAt);
        Assert.Single(receiver.Received);
        var row = (await school.Session.Get("/school")).QuerySelector($"tr[data-delivery='{failed.Id}']")!;
        Assert.Equal("pending", row.GetAttribute("data-outcome"));
        Assert.Contains("HTTP 500", row.TextContent);

        receiver.StatusToAnswer = 204;
        app.Clock.Advance(WebhookDeliveries.Backoff(1));
        await DeliverDue();
        app.Clock.Advance(TimeSpan.FromHours(2));
        await DeliverDue();

        Assert.Equal(2, receiver.Received.Count);
        Assert.All(receiver.Received, r => Assert.Equal(Signature(secret, r.Body), r.Signature));
        Assert.Single(receiver.Received.Select(r => (r.DeliveryId, Encoding.UTF8.GetString(r.Body))).Distinct()); // the same message, resent
        var delivered = Assert.Single(await app.Deliveries(school.UserId));
        Assert.Equal((WebhookDeliveryStatus.Delivered, 2, 204, (string?)null), (delivered.Status, delivered.Attempts, delivered.LastStatusCode, delivered.LastError));
    }

    [Fact]
    public async Task AReceiverThatNeverRecovers_IsMarkedFailed_AfterTheMaximumAttempts()
    {
        var (school, _, receiver, organisation) = await Following();
        await using var _ = receiver;
        receiver.StatusToAnswer = 503;
        await app.Suspend(organisation.AssessmentId);

        for (var attempt = 1; attempt <= WebhookDeliveries.MaximumAttempts + 2; attempt++)
        {
            await DeliverDue();
            app.Clock.Advance(WebhookDeliveries.Backoff(attempt));
        }

        Assert.Equal(WebhookDeliveries.MaximumAttempts, receiver.Received.Count);
        var failed = Assert.Single(await app.Deliveries(school.UserId));
        Assert.Equal((WebhookDeliveryStatus.Failed, WebhookDeliveries.MaximumAttempts), (failed.Status, failed.Attempts));
        Assert.Contains("503", failed.LastError);
        Assert.Equal("failed", (await school.Session.Get("/school")).QuerySelector($"tr[data-delivery='{failed.Id}']")!.GetAttribute("data-outcome"));
    }

    [Fact]
    public async Task TheSecret_IsShownOnce_AndStoredOnlyToSign()
    {
        await using var receiver = await WebhookReceiver.Start();
        var school = await app.NewSchool();

        var secret = await school.Session.RegisterWebhook(receiver.Url);

        Assert.Equal(64, secret.Length); // 32 random bytes as hex
        var later = await school.Session.Client.GetStringAsync("/school");
        Assert.Contains(receiver.Url, later);
        Assert.DoesNotContain(secret, later);
        var again = await school.Session.PostWebhook(receiver.Url);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("al geregistreerd", Employers.Errors(await WebSession.Parse(again)));
        Assert.DoesNotContain(secret, await again.Content.ReadAsStringAsync());
    }
}
