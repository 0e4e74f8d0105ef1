using Hangfire;
using Keurmerk.Audits.Notifications;
using Keurmerk.Web.Infrastructure.Operations;
using Marten;
using MimeKit;

namespace Keurmerk.Web.Infrastructure.Mail;

/// <summary>
/// Delivers the outbox. A notification is marked sent right after the server accepts it and never picked
/// up again; a failing server only postpones it (with back-off), so mail is delayed, never lost.
/// One delivery run at a time, so two runs cannot send the same message.
/// </summary>
public sealed class NotificationDelivery(IDocumentStore store, IMailSender sender, MailOptions options, TimeProvider clock, ILogger<NotificationDelivery> logger)
{
    public const int BatchSize = 50;

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)] // the next scheduled run is the retry; the outbox keeps the state
    public async Task DeliverDue()
    {
        await using var session = store.LightweightSession();
        var now = clock.GetUtcNow();
        var due = await session.Query<Notification>()
            .Where(n => n.SentAt == null && n.NextAttemptAt <= now)
            .OrderBy(n => n.CreatedAt)
            .Take(BatchSize)
            .ToListAsync();
        foreach (var notification in due)
        {
            using var activity = KeurmerkTelemetry.StartMailDelivery(notification.TraceParent);
            activity?.SetTag("keurmerk.notification.id", notification.Id);
            activity?.SetTag("keurmerk.notification.kind", notification.Kind);
            try
            {
                await sender.Send(ToMessage(notification), CancellationToken.None);
                notification.SentAt = clock.GetUtcNow();
                KeurmerkTelemetry.MailsSent.Add(1);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                notification.Attempts++;
                notification.LastError = e.Message;
                notification.NextAttemptAt = clock.GetUtcNow() + Backoff(notification.Attempts);
                activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.Message);
                // The id, not the address: logs carry no e-mail addresses.
                logger.LogWarning("Notification {Id} ({Kind}) not delivered (attempt {Attempts}): {Error}",
                    notification.Id, notification.Kind, notification.Attempts, e.Message);
            }
            session.Update(notification);
            await session.SaveChangesAsync(); // per message: a crash after this never resends it
        }
    }

    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(Math.Pow(2, attempts - 1), 60));

    private MimeMessage ToMessage(Notification n)
    {
        var message = new MimeMessage
        {
            // The outbox id as Message-Id: a receiving server can recognise a duplicate if one ever slipped through.
            MessageId = $"{n.Id:N}@keurmerk",
            Subject = n.Subject,
            Body = new TextPart("plain") { Text = n.Body },
            Date = n.CreatedAt,
        };
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(n.To));
        return message;
    }
}
