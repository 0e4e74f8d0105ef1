using Keurmerk.Audits.Schools;
using Keurmerk.Web.Features.Schools;
using Keurmerk.Web.Infrastructure.Webhooks;
using Keurmerk.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Keurmerk.Web.Tests.Schools;

/// <summary>The school page's webhook help: a formatted example with the real format, and a test message on request.</summary>
public class WebhookTestMessageTests(WebhookDeliveryTests.LoopbackWebhooksApp app) : IClassFixture<WebhookDeliveryTests.LoopbackWebhooksApp>
{
    [Fact]
    public async Task TestMessage_IsPostedSigned_ToTheSchoolsOwnWebhook_OneWaitingAtATime()
    {
        await using var receiver = await WebhookReceiver.Start();
        var school = await app.NewSchool();
        var secret = await school.Session.RegisterWebhook(receiver.Url);

        var queued = await school.Session.Submit(await school.Session.Get("/school"), "form[action$='/test']");
        var again = await school.Session.Submit(await school.Session.Get("/school"), "form[action$='/test']");

        Assert.Equal(HttpStatusCode.Redirect, queued.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("al een testbericht", Employers.Errors(await WebSession.Parse(again)));
        await app.Services.GetRequiredService<WebhookDeliveries>().DeliverDue();
        var received = Assert.Single(receiver.Received);
        Assert.Equal(WebhookDelivery.TestEvent, received.Event);
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), received.Body)), received.Signature);
        Assert.True(JsonDocument.Parse(received.Body).RootElement.GetProperty("test").GetBoolean());
        var row = (await school.Session.Get("/school")).QuerySelector($"tr[data-delivery='{received.DeliveryId}']")!;
        Assert.Equal("delivered", row.GetAttribute("data-outcome"));
        Assert.Contains("Testbericht", row.TextContent);
    }

    [Fact]
    public async Task TestMessage_ForAnotherSchoolsWebhook_Is404()
    {
        await using var receiver = await WebhookReceiver.Start();
        var owner = await app.NewSchool();
        await owner.Session.RegisterWebhook(receiver.Url);
        var action = (await owner.Session.Get("/school")).QuerySelector("form[action$='/test']")!.GetAttribute("action")!;
        var other = await app.NewSchool();

        var response = await other.Session.Submit(await other.Session.Get("/school"), "form#follow", formAction: action);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Example_IsTheRealFormat_Indented_WithACopyButton_InAFocusableBox()
    {
        var page = await (await app.NewSchool()).Session.Get("/school");

        var example = page.QuerySelector("#webhook-example")!;
        var json = JsonDocument.Parse(example.TextContent).RootElement;
        Assert.Equal(["event", "kvk", "organisation", "certificateNumber", "status", "validUntil", "occurredAt"],
            json.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Contains('\n', example.TextContent);
        Assert.Equal(SchoolPage.ExampleBody, example.TextContent);
        Assert.Equal("0", example.ParentElement!.GetAttribute("tabindex"));
        Assert.Equal("#webhook-example", page.QuerySelector("#copy-webhook-example")!.GetAttribute("data-copy-target"));
    }
}
