using Keurmerk.Audits.Schools;
using Keurmerk.Web.Infrastructure.Webhooks;
using Keurmerk.Web.Tests.Schools;
using Keurmerk.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Net;

namespace Keurmerk.Web.Tests.Security;

/// <summary>
/// DNS rebinding: a name that resolved to a public address when the school registered it answers
/// 127.0.0.1 by the time a delivery connects. The resolver is the test's own, so it can change its answer.
/// </summary>
public class DnsRebindingTests(DnsRebindingTests.ControlledDnsApp app) : IClassFixture<DnsRebindingTests.ControlledDnsApp>
{
    public sealed class ControlledDnsApp : AppFixture
    {
        private volatile string _answer = "93.184.215.14";

        public string Answer { get => _answer; set => _answer = value; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Webhooks:AllowInsecure", "true");
            builder.UseSetting("Webhooks:AllowPrivateAddresses", "false");
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<WebhookAddressPolicy>();
                services.AddSingleton(provider => new WebhookAddressPolicy(provider.GetRequiredService<WebhookOptions>(),
                    (_, _) => Task.FromResult(new[] { IPAddress.Parse(Answer) })));
            });
        }
    }

    [Fact]
    public async Task ANameThatTurnsToLoopbackAfterRegistration_IsRefusedAtConnectTime_AndNothingIsPosted()
    {
        await using var receiver = await WebhookReceiver.Start();
        var port = new Uri(receiver.Url).Port;
        var school = await app.NewSchool();
        var organisation = await app.CertifiedOrganisation();
        await school.Session.Follow(organisation.KvkNumber);
        app.Answer = "93.184.215.14";
        await school.Session.RegisterWebhook($"http://hooks.school.example:{port}/keurmerk");

        app.Answer = "127.0.0.1"; // where the receiver really listens: only the connect-time check stands in the way
        await app.Suspend(organisation.AssessmentId);
        await app.Services.GetRequiredService<WebhookDeliveries>().DeliverDue();

        Assert.Empty(receiver.Received);
        var delivery = Assert.Single(await app.Deliveries(school.UserId));
        Assert.Equal(WebhookDeliveryStatus.Pending, delivery.Status);
        Assert.Contains("internal address (127.0.0.1)", delivery.LastError);
    }
}
