using Hangfire;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Marten;

namespace Keurmerk.Web.Infrastructure.Jobs;

/// <summary>
/// Time as part of the system: certificates expire on the day their validity ends and employers are
/// reminded before that. Thin adapters like controllers: they call the same decisions, and running
/// one twice changes nothing the second time.
/// </summary>
public sealed class CertificateJobs(IDocumentStore store, TimeProvider clock)
{
    /// <summary>Days before expiry at which the employer is reminded, tightest last.</summary>
    public static readonly int[] ReminderDays = [90, 30, 7];

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task ExpireDue()
    {
        var today = DutchCalendar.DateOf(clock.GetUtcNow());
        await using var query = store.QuerySession();
        var due = await query.Query<AssessmentDetails>()
            .Where(a => (a.Status == AssessmentStatus.Certified || a.Status == AssessmentStatus.Suspended) && a.ValidUntil < today)
            .Select(a => a.Id)
            .ToListAsync();
        foreach (var id in due)
        {
            // One session per certificate: one that fails does not hold back the others.
            await using var session = store.LightweightSession();
            await session.Decide(id, null, state => CertificateDecider.Decide(state, new ExpireCertificate(clock.GetUtcNow())));
        }
    }

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task SendExpiryReminders()
    {
        var now = clock.GetUtcNow();
        var today = DutchCalendar.DateOf(now);
        var horizon = today.AddDays(ReminderDays.Max());
        await using var session = store.LightweightSession();
        var expiring = await session.Query<AssessmentDetails>()
            .Where(a => a.Status == AssessmentStatus.Certified && a.ValidUntil >= today && a.ValidUntil <= horizon)
            .ToListAsync();
        var renewalIds = expiring.Select(a => a.RenewalId).OfType<Guid>().ToArray();
        var renewals = (await session.LoadManyAsync<AssessmentDetails>(renewalIds)).ToDictionary(r => r.Id);
        foreach (var certificate in expiring)
        {
            // A renewal that is submitted (or further) needs no nudge; a draft, or a withdrawn or rejected one, does.
            if (certificate.RenewalId is { } renewalId && renewals.GetValueOrDefault(renewalId) is { SubmittedAt: not null } renewal
                && !RenewalDecider.EndedWithoutCertificate(renewal.Status)) continue;
            var daysLeft = certificate.ValidUntil!.Value.DayNumber - today.DayNumber;
            // Only the tightest reminder that applies: a job that missed some days sends one mail, not three.
            var threshold = ReminderDays.Where(d => daysLeft <= d).Min();
            var key = $"expiry-reminder-{threshold}:{certificate.Id}";
            var text = MailText.Bilingual(
                $"Uw keurmerk verloopt over {daysLeft} dagen", $"Your quality mark expires in {daysLeft} days",
                $"Het keurmerk van {certificate.OrganisationName} (certificaat {certificate.CertificateNumber}) is geldig tot en met {certificate.ValidUntil:d-M-yyyy}. Start op tijd een hercertificering, dan loopt het keurmerk zonder onderbreking door.",
                $"The quality mark of {certificate.OrganisationName} (certificate {certificate.CertificateNumber}) is valid until {certificate.ValidUntil:yyyy-MM-dd}. Start a renewal in time so that it continues without a gap.");
            var employers = await session.Query<AppUser>().Where(u => u.OrganisationId == certificate.OrganisationId).ToListAsync();
            await Outbox.AddOnce(session, employers.Select(u => Notification.Create(u.Email, $"expiry-reminder-{threshold}", text, now, certificate.Id, key)));
        }
        await session.SaveChangesAsync();
    }
}
