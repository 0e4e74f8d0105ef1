using Hangfire;
using Keurmerk.Audits.Schools;
using Keurmerk.Web.Infrastructure.Operations;
using Marten;
using System.Net.Http.Headers;
using System.Text;

namespace Keurmerk.Web.Infrastructure.Webhooks;

/// <summary>
/// Posts the webhook deliveries that are due. A 2xx marks a delivery delivered and it is never posted
/// again; anything else postpones it with growing back-off, until after MaximumAttempts it is marked
/// failed. One run at a time, so two runs cannot post the same delivery.
/// </summary>
public sealed class WebhookDeliveries(IDocumentStore store, IHttpClientFactory clients, SecretProtection secrets, TimeProvider clock, ILogger<WebhookDeliveries> logger)
{
    public const string ClientName = "webhooks";
    public const int BatchSize = 50;
    public const int MaximumAttempts = 6;

    /// <summary>Short: a receiver only has to accept the POST, not act on it before answering.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)] // the next scheduled run is the retry; the delivery documents keep the state
    public async Task DeliverDue()
    {
        await using var session = store.LightweightSession();
        var now = clock.GetUtcNow();
        var due = await session.Query<WebhookDelivery>()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt)
            .Take(BatchSize)
            .ToListAsync();
        if (due.Count == 0) return;
        var webhooks = (await session.LoadManyAsync<Webhook>(due.Select(d => d.WebhookId).Distinct())).ToDictionary(w => w.Id);
        var client = clients.CreateClient(ClientName);
        foreach (var delivery in due)
        {
            if (webhooks.TryGetValue(delivery.WebhookId, out var webhook)) await Attempt(client, webhook, delivery);
            else
            {
                // The school removed the webhook: nobody is waiting for this any more.
                delivery.Status = WebhookDeliveryStatus.Failed;
                delivery.LastError = "The webhook was removed.";
            }
            session.Update(delivery);
            await session.SaveChangesAsync(); // per delivery: a crash after this never posts it again
        }
    }

    /// <summary>1, 5, 25, 125, 625 minutes: a receiver that is down for an afternoon still gets everything.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(Math.Pow(5, attempts - 1), 24 * 60));

    private async Task Attempt(HttpClient client, Webhook webhook, WebhookDelivery delivery)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Body);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secrets.Reveal(webhook.Secret), body));
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString());
        request.Headers.Add(WebhookSignature.EventHeader, delivery.Event);

        int? statusCode = null;
        string? error = null;
        try
        {
            // Headers only: the receiver's answer body is neither needed nor stored.
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            statusCode = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode) error = $"HTTP {statusCode} {response.ReasonPhrase}".Trim();
        }
        catch (HttpRequestException e) when (e.InnerException is WebhookAddressRefusedException refused)
        {
            error = refused.Message;
        }
        catch (HttpRequestException e)
        {
            error = e.Message;
        }
        catch (TaskCanceledException)
        {
            error = $"No answer within {Timeout.TotalSeconds:0} seconds.";
        }

        var at = clock.GetUtcNow();
        delivery.Attempts++;
        delivery.LastAttemptAt = at;
        delivery.LastStatusCode = statusCode;
        delivery.LastError = error;
        if (error is null)
        {
            delivery.Status = WebhookDeliveryStatus.Delivered;
            delivery.DeliveredAt = at;
            return;
        }
        KeurmerkTelemetry.WebhookFailures.Add(1);
        if (delivery.Attempts >= MaximumAttempts) delivery.Status = WebhookDeliveryStatus.Failed;
        else delivery.NextAttemptAt = at + Backoff(delivery.Attempts);
        logger.LogWarning("Webhook delivery {Id} to {Url} failed (attempt {Attempts} of {Maximum}): {Error}",
            delivery.Id, webhook.Url, delivery.Attempts, MaximumAttempts, error);
    }
}
