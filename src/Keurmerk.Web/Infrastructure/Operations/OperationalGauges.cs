using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Schools;
using Keurmerk.Domain.Assessments;
using Marten;

namespace Keurmerk.Web.Infrastructure.Operations;

/// <summary>
/// Queue age and backlogs as gauges. Read from the database every half minute by one background loop,
/// not on every scrape, and with limits, so a slow scrape or a large backlog never costs a full count.
/// </summary>
public sealed class OperationalGauges(IDocumentStore store, TimeProvider clock, ILogger<OperationalGauges> logger) : BackgroundService
{
    public const int CountLimit = 10_000;
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private double _oldestSubmissionAgeSeconds;
    private int _outboxBacklog;
    private int _webhookBacklog;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        KeurmerkTelemetry.Meter.CreateObservableGauge("keurmerk.review_queue.oldest_age", () => _oldestSubmissionAgeSeconds, "s",
            "How long the oldest submission has waited for review.");
        KeurmerkTelemetry.Meter.CreateObservableGauge("keurmerk.outbox.backlog", () => _outboxBacklog, "{notification}",
            $"Notifications not yet sent (counted up to {CountLimit}).");
        KeurmerkTelemetry.Meter.CreateObservableGauge("keurmerk.webhooks.backlog", () => _webhookBacklog, "{delivery}",
            $"Webhook deliveries still pending (counted up to {CountLimit}).");
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try { await Refresh(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Operational gauges not refreshed");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task Refresh(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var oldest = await session.Query<AssessmentDetails>()
            .Where(a => a.Status == AssessmentStatus.Submitted)
            .OrderBy(a => a.SubmittedAt).Take(1).ToListAsync(ct);
        _oldestSubmissionAgeSeconds = oldest.Count > 0 && oldest[0].SubmittedAt is { } at ? (clock.GetUtcNow() - at).TotalSeconds : 0;
        _outboxBacklog = (await session.Query<Notification>().Where(n => n.SentAt == null).Select(n => n.Id).Take(CountLimit).ToListAsync(ct)).Count;
        _webhookBacklog = (await session.Query<WebhookDelivery>().Where(d => d.Status == WebhookDeliveryStatus.Pending)
            .Select(d => d.Id).Take(CountLimit).ToListAsync(ct)).Count;
    }
}
