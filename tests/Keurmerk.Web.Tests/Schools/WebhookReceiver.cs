using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using System.Collections.Concurrent;

namespace Keurmerk.Web.Tests.Schools;

public sealed record ReceivedWebhook(byte[] Body, string? Signature, string? DeliveryId, string? Event, string? ContentType);

/// <summary>
/// A school's receiving system in the test process: Kestrel on 127.0.0.1 with a port of its own. It
/// answers every POST with StatusToAnswer (set it to 500 to play a receiver that is down) and records what it got.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public int StatusToAnswer { get; set; } = StatusCodes.Status200OK;
    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];
    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build());
        // A path of its own: a stale delivery from an earlier test, to a port that happens to be reused, is not counted.
        var path = $"/hook/{Guid.NewGuid():N}";
        receiver._app.MapPost(path, async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver._received.Enqueue(new ReceivedWebhook(body.ToArray(), request.Headers["X-Keurmerk-Signature"],
                request.Headers["X-Keurmerk-Delivery"], request.Headers["X-Keurmerk-Event"], request.ContentType));
            return Results.StatusCode(receiver.StatusToAnswer);
        });
        await receiver._app.StartAsync();
        receiver.Url = receiver._app.Urls.Single() + path;
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
