using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Notifications;
using Keurmerk.Domain.Assessments;
using Keurmerk.Web.Infrastructure.Jobs;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Keurmerk.Web.Tests.Jobs;

/// <summary>Expiry and reminders by moving the clock, never by waiting.</summary>
public class CertificateJobsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private T Job<T>() where T : notnull => app.Services.GetRequiredService<T>();

    private async Task<List<Notification>> Mail(string email, string kindPrefix)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Query<Notification>().Where(n => n.To == email).ToListAsync()).Where(n => n.Kind.StartsWith(kindPrefix)).ToList();
    }

    private async Task<AssessmentDetails> Details(Guid id)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.LoadAsync<AssessmentDetails>(id))!;
    }

    private void MoveTo(DateOnly day, int hour = 9) =>
        app.Clock.SetUtcNow(new DateTimeOffset(day.Year, day.Month, day.Day, hour, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task OverTwoYears_TheCertificateIsReminded_ThenExpires_AndEachJobIsIdempotent()
    {
        var certified = await app.CertifyNewEmployer();
        var until = (await Details(certified.AssessmentId)).ValidUntil!.Value;
        var email = certified.Employer.Email;

        MoveTo(until.AddDays(-100));
        await Job<CertificateJobs>().SendExpiryReminders();
        Assert.Empty(await Mail(email, "expiry-reminder"));

        MoveTo(until.AddDays(-89));
        await Job<CertificateJobs>().SendExpiryReminders();
        await Job<CertificateJobs>().SendExpiryReminders();
        Assert.Equal(["expiry-reminder-90"], (await Mail(email, "expiry-reminder")).Select(n => n.Kind));

        MoveTo(until.AddDays(-29));
        await Job<CertificateJobs>().SendExpiryReminders();
        MoveTo(until.AddDays(-3));
        await Job<CertificateJobs>().SendExpiryReminders();
        await Job<CertificateJobs>().SendExpiryReminders();
        Assert.Equal(["expiry-reminder-30", "expiry-reminder-7", "expiry-reminder-90"], (await Mail(email, "expiry-reminder")).Select(n => n.Kind).Order());

        MoveTo(until); // the last valid day
        await Job<CertificateJobs>().ExpireDue();
        Assert.Equal(AssessmentStatus.Certified, (await Details(certified.AssessmentId)).Status);

        MoveTo(until.AddDays(1), hour: 0);
        await Job<CertificateJobs>().ExpireDue();
        var expired = await Details(certified.AssessmentId);
        Assert.Equal(AssessmentStatus.Expired, expired.Status);
        await Job<CertificateJobs>().ExpireDue();
        Assert.Equal(expired.Version, (await Details(certified.AssessmentId)).Version);
        Assert.Single(await Mail(email, "expired"));

        var verify = await app.NewSession().Get($"/verify/{certified.CertificateNumber}");
        Assert.Contains("verlopen", verify.Body!.TextContent.ToLowerInvariant());
    }

    [Theory]
    [InlineData("2026-11-20", "2026-11-23", 1)] // Friday to Monday
    [InlineData("2026-11-23", "2026-11-30", 5)]
    [InlineData("2026-11-23", "2026-11-23", 0)]
    public void WorkingDays_SkipWeekends(string from, string to, int expected)
    {
        Assert.Equal(expected, QueueJobs.WorkingDaysBetween(DateOnly.Parse(from), DateOnly.Parse(to)));
    }
}

/// <summary>Its own app (and clock): a FakeTimeProvider only moves forward.</summary>
public class QueueJobsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<List<Notification>> Mail(string email, string kind)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return [.. await session.Query<Notification>().Where(n => n.To == email && n.Kind == kind).ToListAsync()];
    }

    [Fact]
    public async Task OverdueQueue_RemindsAssessorsOnce_AfterTheConfiguredWorkingDays()
    {
        var (_, id) = await app.SubmittedAssessment();
        app.Clock.Advance(TimeSpan.FromDays(3));
        await app.Services.GetRequiredService<QueueJobs>().RemindOverdueReviews();
        Assert.DoesNotContain(await Mail(Certification.AssessorA, "overdue-review"), n => n.AssessmentId == id);

        app.Clock.Advance(TimeSpan.FromDays(7)); // ten calendar days: more than five working days
        await app.Services.GetRequiredService<QueueJobs>().RemindOverdueReviews();
        await app.Services.GetRequiredService<QueueJobs>().RemindOverdueReviews();
        Assert.Single(await Mail(Certification.AssessorA, "overdue-review"), n => n.AssessmentId == id);
    }
}
