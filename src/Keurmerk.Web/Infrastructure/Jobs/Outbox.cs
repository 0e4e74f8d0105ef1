using Keurmerk.Audits.Notifications;
using Marten;

namespace Keurmerk.Web.Infrastructure.Jobs;

public static class Outbox
{
    /// <summary>Stores the notifications whose deduplication key is not in the outbox yet.</summary>
    public static async Task AddOnce(IDocumentSession session, IEnumerable<Notification> notifications)
    {
        foreach (var notification in notifications)
        {
            var key = notification.DeduplicationKey;
            if (key is not null && await session.Query<Notification>().AnyAsync(n => n.DeduplicationKey == key)) continue;
            session.Store(notification);
        }
    }
}
