using Keurmerk.Audits.Register;
using Marten;
using Marten.Services;

namespace Keurmerk.Audits.Schools;

/// <summary>
/// Runs just before Marten commits, beside NotificationRules (which sends the e-mail to the same
/// schools): for every certificate status change about to be appended, one delivery per webhook of
/// every school that follows the organisation, in the same unit of work as the change.
/// </summary>
public sealed class WebhookRules(TimeProvider clock) : DocumentSessionListenerBase
{
    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        foreach (var stream in session.PendingChanges.Streams())
            foreach (var e in stream.Events)
            {
                if (CertificateStatusChange.CertificateOf(e.Data) is not { } assessmentId) continue;
                var entry = await session.LoadAsync<RegisterEntry>(assessmentId, token);
                if (CertificateStatusChange.From(e.Data, entry) is not { } change) continue;
                foreach (var webhook in await WebhooksFollowing(session, change.OrganisationId, token))
                    session.Store(WebhookDelivery.For(webhook, change, clock.GetUtcNow()));
            }
    }

    private static async Task<IReadOnlyList<Webhook>> WebhooksFollowing(IDocumentSession session, Guid organisationId, CancellationToken ct)
    {
        var schools = await session.Query<Follow>()
            .Where(f => f.OrganisationId == organisationId)
            .Select(f => f.SchoolUserId)
            .ToListAsync(ct);
        if (schools.Count == 0) return [];
        var ids = schools.Distinct().ToArray();
        return await session.Query<Webhook>().Where(w => w.SchoolUserId.IsOneOf(ids)).ToListAsync(ct);
    }
}
