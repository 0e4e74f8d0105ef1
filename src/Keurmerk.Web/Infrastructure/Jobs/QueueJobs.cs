using Hangfire;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Marten;

namespace Keurmerk.Web.Infrastructure.Jobs;

/// <summary>Tells assessors what is in the queue: a daily digest of new submissions, and reminders of those waiting too long.</summary>
public sealed class QueueJobs(IDocumentStore store, TimeProvider clock, IConfiguration configuration)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RemindOverdueReviews()
    {
        var now = clock.GetUtcNow();
        var limit = configuration.GetValue("Keurmerk:QueueReminderWorkingDays", 5);
        await using var session = store.LightweightSession();
        var waiting = await session.Query<AssessmentDetails>().Where(a => a.Status == AssessmentStatus.Submitted).ToListAsync();
        var overdue = waiting.Where(a => WorkingDaysBetween(DutchCalendar.DateOf(a.SubmittedAt!.Value), DutchCalendar.DateOf(now)) > limit).ToList();
        if (overdue.Count == 0) return;

        var assessors = await session.Query<AppUser>().Where(u => u.Roles.Contains(Roles.Assessor)).ToListAsync();
        foreach (var a in overdue)
        {
            var text = MailText.Bilingual(
                $"Wacht al lang: {a.OrganisationName}", $"Waiting long: {a.OrganisationName}",
                $"De zelfevaluatie van {a.OrganisationName} wacht sinds {a.SubmittedAt:d-M-yyyy} op beoordeling, langer dan {limit} werkdagen.",
                $"The self-assessment of {a.OrganisationName} has been waiting for review since {a.SubmittedAt:yyyy-MM-dd}, more than {limit} working days.");
            await Outbox.AddOnce(session, assessors.Select(u => Notification.Create(u.Email, "overdue-review", text, now, a.Id, $"overdue-review:{a.Id}:{a.Round}")));
        }
        await session.SaveChangesAsync();
    }

    /// <summary>
    /// Once a day, each assessor gets one mail listing the submissions that arrived in the queue since
    /// the day before, instead of one mail per submission. Nothing new, no mail; run twice, sent once.
    /// </summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task SendQueueDigest()
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        var waiting = await session.Query<AssessmentDetails>().Where(a => a.Status == AssessmentStatus.Submitted).OrderBy(a => a.SubmittedAt).ToListAsync();
        var arrived = waiting.Where(a => a.SubmittedAt > now.AddDays(-1)).ToList();
        if (arrived.Count == 0) return;

        var baseUrl = configuration["Keurmerk:PublicBaseUrl"]?.TrimEnd('/') ?? "";
        string Line(AssessmentDetails a, string round) => $"- {a.OrganisationName} ({a.City}), {round} {a.Round}: {baseUrl}/review/{a.Id}";
        var text = MailText.Bilingual(
            $"Wachtrij: {arrived.Count} nieuw ingediend", $"Queue: {arrived.Count} newly submitted",
            $"Sinds gisteren ingediend:\n{string.Join("\n", arrived.Select(a => Line(a, "ronde")))}\n\nIn totaal wachten er {waiting.Count} op een beoordelaar: {baseUrl}/review",
            $"Submitted since yesterday:\n{string.Join("\n", arrived.Select(a => Line(a, "round")))}\n\nIn all, {waiting.Count} are waiting for an assessor: {baseUrl}/review");
        var assessors = await session.Query<AppUser>().Where(u => u.Roles.Contains(Roles.Assessor)).ToListAsync();
        var day = DutchCalendar.DateOf(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Outbox.AddOnce(session, assessors.Select(u => Notification.Create(u.Email, "queue-digest", text, now, deduplicationKey: $"queue-digest:{day}")));
        await session.SaveChangesAsync();
    }

    /// <summary>Monday to Friday after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days++;
        return days;
    }
}
