using Keurmerk.Audits.Schools;
using Keurmerk.Web.Infrastructure.Webhooks;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace Keurmerk.Web.Tests.Schools;

/// <summary>
/// As in production: internal addresses are refused, at registration and again at delivery. Plain http
/// stays allowed here, so http://127.0.0.1/ is refused for its address and not for its scheme.
/// </summary>
public class WebhookAddressTests(WebhookAddressTests.PrivateAddressesRefusedApp app) : IClassFixture<WebhookAddressTests.PrivateAddressesRefusedApp>
{
    public sealed class PrivateAddressesRefusedApp : AppFixture
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Webhooks:AllowInsecure", "true");
            builder.UseSetting("Webhooks:AllowPrivateAddresses", "false");
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1/", "intern adres (127.0.0.1)")]
    [InlineData("https://10.0.0.1/", "intern adres (10.0.0.1)")]
    [InlineData("https://192.168.1.20/hook", "intern adres")]
    [InlineData("https://169.254.169.254/latest/meta-data", "intern adres")]
    [InlineData("https://[::1]/", "intern adres")]
    [InlineData("https://[fd00::1]/", "intern adres")]
    [InlineData("https://0.0.0.0/", "intern adres")]
    [InlineData("ftp://example.org/", "geen geldig webadres")]
    [InlineData("https://user:pass@93.184.215.14/", "gebruikersnaam of wachtwoord")]
    public async Task AnInternalOrInvalidAddress_IsRefusedWithAClearMessage(string url, string message)
    {
        var school = await app.NewSchool();

        var response = await school.Session.PostWebhook(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.Parse(response);
        Assert.Contains(message, Employers.Errors(page));
        Assert.Null(page.QuerySelector(".webhook-secret"));
        Assert.Equal(0, await SchoolSupport.Query(app, s => s.Query<Webhook>().CountAsync(w => w.SchoolUserId == school.UserId)));
    }

    /// <summary>
    /// A name that resolved to a public address when it was registered may point inward later. Stored
    /// directly here, as if registered then: the delivery job must refuse to connect, and nothing is posted.
    /// </summary>
    [Fact]
    public async Task AtDelivery_AnInternalAddress_IsRefusedAgain_AndNothingIsPosted()
    {
        await using var receiver = await WebhookReceiver.Start();
        var school = await app.NewSchool();
        var organisation = await app.CertifiedOrganisation();
        await school.Session.Follow(organisation.KvkNumber);
        await using (var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Store(new Webhook(Guid.CreateVersion7(), school.UserId, receiver.Url, WebhookSignature.NewSecret(), app.Clock.GetUtcNow()));
            await session.SaveChangesAsync();
        }
        await app.Suspend(organisation.AssessmentId);

        await app.Services.GetRequiredService<WebhookDeliveries>().DeliverDue();

        Assert.Empty(receiver.Received);
        var delivery = Assert.Single(await app.Deliveries(school.UserId));
        Assert.Equal((WebhookDeliveryStatus.Pending, 1, (int?)null), (delivery.Status, delivery.Attempts, delivery.LastStatusCode));
        Assert.Contains("internal address (127.0.0.1)", delivery.LastError);
    }
}
