using Keurmerk.Audits.Assessments;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Infrastructure.Jobs;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;

namespace Keurmerk.Web.Tests.Renewal;

/// <summary>A certificate renewed before it expires continues without a gap; the clock is moved, never waited for.</summary>
public class RenewalTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<AssessmentDetails> Details(Guid id)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.LoadAsync<AssessmentDetails>(id))!;
    }

    private void MoveTo(DateOnly day) => app.Clock.SetUtcNow(new DateTimeOffset(day.Year, day.Month, day.Day, 10, 0, 0, TimeSpan.Zero));

    private async Task<JsonElement> StatusOn(string kvk, DateOnly day)
    {
        var json = await app.NewSession().Client.GetStringAsync($"/api/register/{kvk}?on={day:yyyy-MM-dd}");
        return JsonDocument.Parse(json).RootElement;
    }

    [Fact]
    public async Task RenewalBeforeExpiry_IsPrefilled_AndContinuesTheCertificationWithoutAGap()
    {
        var certified = await app.CertifyNewEmployer();
        var employer = certified.Employer;
        var until = (await Details(certified.AssessmentId)).ValidUntil!.Value;
        var version = (await Details(certified.AssessmentId)).Version;

        // Too early: no button, and a posted form is refused without a trace.
        MoveTo(until.AddDays(-100));
        await employer.Session.LogIn(employer.Email, employer.Password); // two years on, the login cookie has long expired
        var list = await employer.Session.Get("/assessments");
        Assert.Null(list.QuerySelector(".renewal form"));
        var early = await employer.Session.Submit(list, "form[action='/account/logout']",
            new Dictionary<string, string> { ["expectedVersion"] = version.ToString() }, formAction: $"/assessments/{certified.AssessmentId}/renew");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(version, (await Details(certified.AssessmentId)).Version);

        // In the window: the renewal starts prefilled, and a second click starts nothing new.
        MoveTo(until.AddDays(-80));
        await employer.Session.LogIn(employer.Email, employer.Password);
        list = await employer.Session.Get("/assessments");
        var started = await employer.Session.Submit(list, ".renewal form");
        var renewalId = Guid.Parse(Employers.RedirectPath(started)["/assessments/".Length..]);
        var again = await employer.Session.Submit(list, ".renewal form");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var renewal = await Details(renewalId);
        var original = await Details(certified.AssessmentId);
        Assert.Equal(AssessmentStatus.Draft, renewal.Status);
        Assert.Equal(original.AnswerValues, renewal.AnswerValues);
        Assert.Equal(original.Evidence.Select(e => (e.CriterionId, e.FileName)).Order(), renewal.Evidence.Select(e => (e.CriterionId, e.FileName)).Order());
        var evidence = renewal.Evidence.First();
        var originalBytes = await employer.Session.Client.GetByteArrayAsync($"/assessments/{certified.AssessmentId}/evidence/{original.Evidence.First(e => e.CriterionId == evidence.CriterionId).EvidenceId}");
        Assert.Equal(originalBytes, await employer.Session.Client.GetByteArrayAsync($"/assessments/{renewalId}/evidence/{evidence.EvidenceId}"));

        // Submit, review, approve: a new certificate from the decision date.
        Assert.Equal(HttpStatusCode.Redirect, (await employer.Session.PostSubmit(renewalId)).StatusCode);
        var approvedOn = until.AddDays(-80);
        var newNumber = await app.ApproveThroughReview(employer, renewalId);
        Assert.NotEqual(certified.CertificateNumber, newNumber);
        Assert.Equal("certified", (await StatusOn(employer.KvkNumber, approvedOn.AddDays(-1))).GetProperty("status").GetString());
        Assert.Equal("certified", (await StatusOn(employer.KvkNumber, approvedOn.AddDays(1))).GetProperty("status").GetString());

        // The old certificate expires; the organisation stays certified through the new one.
        MoveTo(until.AddDays(1));
        await app.Services.GetRequiredService<CertificateJobs>().ExpireDue();
        Assert.Equal(AssessmentStatus.Expired, (await Details(certified.AssessmentId)).Status);
        await using (var query = app.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            var kinds = await query.Query<Keurmerk.Audits.Notifications.Notification>().Where(n => n.To == employer.Email).Select(n => n.Kind).ToListAsync();
            Assert.Contains("expired-replaced", kinds);
            Assert.DoesNotContain("expired", kinds);
        }
        var today = await StatusOn(employer.KvkNumber, until.AddDays(1));
        Assert.Equal("certified", today.GetProperty("status").GetString());
        var verify = await app.NewSession().Get($"/verify/{newNumber}");
        Assert.DoesNotContain("verlopen", verify.QuerySelector("main")!.TextContent.ToLowerInvariant().Split("geldig tot")[0]);
    }
}
