using AngleSharp.Dom;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Notifications;
using Keurmerk.Domain.Assessments;
using Keurmerk.Web.Features.Register;
using Keurmerk.Web.Infrastructure.Jobs;
using Keurmerk.Web.Tests.Register;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using static Keurmerk.Web.Tests.Renewal.NewStandardAppFixture;

namespace Keurmerk.Web.Tests.Renewal;

/// <summary>
/// Certified on version 1, renewed on version 2: what still means the same is taken over, what is new or
/// changed is badged and left open; the register stays "certified" across the switch and past the old
/// certificate's end. The clock only moves forward, so the whole story is one test.
/// </summary>
public class RenewalOnANewStandardTests(NewStandardAppFixture app) : IClassFixture<NewStandardAppFixture>
{
    private T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    private async Task<AssessmentDetails> Details(Guid id)
    {
        await using var session = Service<IDocumentStore>().QuerySession();
        return (await session.LoadAsync<AssessmentDetails>(id))!;
    }

    private async Task<List<AssessmentDetails>> RenewalsOf(Guid certifiedId)
    {
        await using var session = Service<IDocumentStore>().QuerySession();
        return [.. await session.Query<AssessmentDetails>().Where(a => a.RenewalOf == certifiedId).ToListAsync()];
    }

    private async Task<List<string>> Reminders(string email)
    {
        await using var session = Service<IDocumentStore>().QuerySession();
        var mail = await session.Query<Notification>().Where(n => n.To == email).ToListAsync();
        return [.. mail.Select(n => n.Kind).Where(k => k.StartsWith("expiry-reminder")).Order()];
    }

    /// <summary>Moves the clock and logs in again: after months, the login cookie has long expired.</summary>
    private async Task MoveTo(DateOnly day, Employer employer)
    {
        app.Clock.SetUtcNow(new DateTimeOffset(day.Year, day.Month, day.Day, 10, 0, 0, TimeSpan.Zero));
        await employer.Session.LogIn(employer.Email, employer.Password);
    }

    private Task<OrganisationResponse> Register(string kvk, DateOnly? on = null) =>
        app.CreateClient().GetJson<OrganisationResponse>($"/api/register/{kvk}" + (on is { } d ? $"?on={d:yyyy-MM-dd}" : ""));

    private static bool Badged(IDocument section, string criterionId, string badge) =>
        section.QuerySelector($"#criterion-{criterionId} .{badge}") is not null;

    [Fact]
    public async Task RenewalOnVersion2_BadgesNewAndChanged_StopsReminders_AndKeepsTheRegisterCertified()
    {
        var certified = await app.CertifyNewEmployer();
        var employer = certified.Employer;
        var until = (await Details(certified.AssessmentId)).ValidUntil!.Value;
        Assert.Equal(1, (await Details(certified.AssessmentId)).CriteriaVersion);
        app.PublishVersion2();

        await MoveTo(until.AddDays(-100), employer);
        Assert.Null((await employer.Session.Get("/assessments")).QuerySelector(".renewal form"));

        // In the window, without a renewal, the employer is reminded.
        await MoveTo(until.AddDays(-80), employer);
        await Service<CertificateJobs>().SendExpiryReminders();
        Assert.Equal(["expiry-reminder-90"], await Reminders(employer.Email));

        // A double click sends the form twice at once: one renewal, the other click refused.
        var list = await employer.Session.Get("/assessments");
        var clicks = await Task.WhenAll(employer.Session.Submit(list, ".renewal form"), employer.Session.Submit(list, ".renewal form"));
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], clicks.Select(c => c.StatusCode).Order());
        var renewal = Assert.Single(await RenewalsOf(certified.AssessmentId));
        Assert.Equal((2, AssessmentStatus.Draft), (renewal.CriteriaVersion, renewal.Status));
        Assert.Equal([NewCriterion], renewal.NewCriteria);
        Assert.Equal([ChangedCriterion], renewal.ChangedCriteria);

        // The changed criterion is badged and open; the unchanged ones keep their answer and evidence.
        var recruitment = await employer.Session.Get(Employers.SectionUrl(renewal.Id, "recruitment"));
        Assert.True(Badged(recruitment, ChangedCriterion, "changed-criterion"));
        Assert.Null(Employers.CheckedAnswer(recruitment, ChangedCriterion));
        Assert.False(Badged(recruitment, "REC-01", "changed-criterion") || Badged(recruitment, "REC-01", "new-criterion"));
        Assert.Equal("yes", Employers.CheckedAnswer(recruitment, "REC-01"));
        Assert.Equal(["bewijs-REC-01.pdf"], Employers.EvidenceListed(recruitment, "REC-01"));
        var commitment = await employer.Session.Get(Employers.SectionUrl(renewal.Id, NewCriterionSection));
        Assert.True(Badged(commitment, NewCriterion, "new-criterion"));
        Assert.Null(Employers.CheckedAnswer(commitment, NewCriterion));

        // A renewal still in draft does not stop the reminders: it may never be submitted.
        await MoveTo(until.AddDays(-29), employer);
        await Service<CertificateJobs>().SendExpiryReminders();
        Assert.Equal(["expiry-reminder-30", "expiry-reminder-90"], await Reminders(employer.Email));

        // Answer what is open, submit: from then on no more reminders.
        await Saved(employer.Session.SaveSection(renewal.Id, "recruitment", new Dictionary<string, string> { [ChangedCriterion] = "yes" }));
        await Saved(employer.Session.SaveSection(renewal.Id, NewCriterionSection, new Dictionary<string, string> { [NewCriterion] = "yes" }));
        Assert.Equal(HttpStatusCode.Redirect, (await employer.Session.PostSubmit(renewal.Id)).StatusCode);
        var approvedOn = until.AddDays(-6);
        await MoveTo(approvedOn, employer);
        await Service<CertificateJobs>().SendExpiryReminders();
        Assert.Equal(["expiry-reminder-30", "expiry-reminder-90"], await Reminders(employer.Email));

        // Approved before the old one ends: listed first, and certified on either side of the decision.
        var newNumber = await app.ApproveThroughReview(employer, renewal.Id);
        var today = await Register(employer.KvkNumber);
        Assert.Equal([newNumber, certified.CertificateNumber], today.Certificates.Select(c => c.CertificateNumber));
        Assert.Equal(("certified", newNumber), (today.Status, today.CertificateNumber));
        Assert.Equal(("certified", certified.CertificateNumber), Standing(await Register(employer.KvkNumber, approvedOn.AddDays(-1))));
        Assert.Equal(("certified", newNumber), Standing(await Register(employer.KvkNumber, approvedOn.AddDays(1))));
        var page = await app.NewSession().Get($"/register?q={employer.KvkNumber}");
        Assert.Equal([(newNumber, "Gecertificeerd"), (certified.CertificateNumber, "Gecertificeerd")],
            RegisterPageTests.Rows(page).Select(r => (r.Number, r.Status)));

        // The old certificate reaches its end: it expires, the organisation does not.
        await MoveTo(until.AddDays(1), employer);
        await Service<CertificateJobs>().ExpireDue();
        Assert.Equal(AssessmentStatus.Expired, (await Details(certified.AssessmentId)).Status);
        var after = await Register(employer.KvkNumber);
        Assert.Equal(("certified", newNumber), Standing(after));
        Assert.Equal([(newNumber, "certified"), (certified.CertificateNumber, "expired")], after.Certificates.Select(c => (c.CertificateNumber, c.Status)));
        var verify = await app.NewSession().Get($"/verify/{newNumber}");
        Assert.Equal("certified", verify.QuerySelector(".verdict")!.GetAttribute("data-status"));
    }

    private static (string Status, string? Number) Standing(OrganisationResponse organisation) => (organisation.Status, organisation.CertificateNumber);

    private static async Task Saved(Task<HttpResponseMessage> save)
    {
        var response = await save;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {Employers.Errors(await WebSession.Parse(response))}");
    }
}
