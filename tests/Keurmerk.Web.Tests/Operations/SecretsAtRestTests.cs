using Keurmerk.Audits.Schools;
using Keurmerk.Web.Infrastructure.Operations;
using Keurmerk.Web.Infrastructure.Webhooks;
using Keurmerk.Web.Tests.Schools;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Keurmerk.Web.Tests.Operations;

/// <summary>A webhook's secret is shown to the school once and kept only encrypted with the shared key ring.</summary>
public class SecretsAtRestTests(WebhookDeliveryTests.LoopbackWebhooksApp app) : IClassFixture<WebhookDeliveryTests.LoopbackWebhooksApp>
{
    private async Task<string> StoredRow(Guid schoolUserId)
    {
        await using var connection = new NpgsqlConnection(Keurmerk.Tests.TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select string_agg(data::text, '') from \"{app.Schema}\".mt_doc_webhook where data->>'SchoolUserId' = @school", connection);
        command.Parameters.AddWithValue("school", schoolUserId.ToString());
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task ANewWebhooksSecret_IsNotReadableInTheDatabase_YetSignsEveryDelivery()
    {
        await using var receiver = await WebhookReceiver.Start();
        var school = await app.NewSchool();

        var secret = await school.Session.RegisterWebhook(receiver.Url);

        var row = await StoredRow(school.UserId);
        Assert.Contains(receiver.Url, row);
        Assert.DoesNotContain(secret, row);
        Assert.Contains(SecretProtection.Prefix, row);
        var organisation = await app.CertifiedOrganisation();
        await school.Session.Follow(organisation.KvkNumber);
        await app.Suspend(organisation.AssessmentId);
        await app.Services.GetRequiredService<WebhookDeliveries>().DeliverDue();
        var received = Assert.Single(receiver.Received);
        Assert.Equal(WebhookSignature.Sign(secret, received.Body), received.Signature);
    }

    [Fact]
    public async Task APlainSecretFromBefore_IsEncryptedOnce_AndStillSignsWithTheSameSecret()
    {
        var school = await app.NewSchool();
        var plain = WebhookSignature.NewSecret();
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            session.Store(new Webhook(Guid.CreateVersion7(), school.UserId, "https://school.example/hook", plain, app.Clock.GetUtcNow()));
            await session.SaveChangesAsync();
        }
        var secrets = app.Services.GetRequiredService<SecretProtection>();

        Assert.True(await secrets.EncryptPlainWebhookSecrets(store) >= 1);
        Assert.Equal(0, await secrets.EncryptPlainWebhookSecrets(store));

        Assert.DoesNotContain(plain, await StoredRow(school.UserId));
        await using var query = store.QuerySession();
        var webhook = await query.Query<Webhook>().SingleAsync(w => w.SchoolUserId == school.UserId);
        Assert.Equal(plain, secrets.Reveal(webhook.Secret));
    }
}
