using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Users;
using Keurmerk.Domain.Assessments;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using static Keurmerk.Web.Tests.Objections.ObjectionTestSupport;

namespace Keurmerk.Web.Tests.Objections;

/// <summary>An upheld objection against a suspension reinstates the certificate, in the same transaction.</summary>
public class SuspensionObjectionTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>Suspends through the app's own store and decider (suspension has no page of its own here).</summary>
    private async Task Suspend(Guid assessmentId, string byEmail)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var by = await session.Query<AppUser>().SingleAsync(u => u.Email == byEmail);
        await session.Decide(assessmentId, null, s => CertificateDecider.Decide(s,
            new SuspendCertificate("Een melding over uitsluiting van een stagiair wordt onderzocht.", by.Id, app.Clock.GetUtcNow())));
    }

    private async Task<string> VerifyStatus(string number) =>
        (await app.NewSession().Get($"/verify/{number}")).QuerySelector(".verdict")!.GetAttribute("data-status")!;

    [Fact]
    public async Task UpheldObjectionAgainstASuspension_MakesTheCertificateValidAgain()
    {
        var certified = await app.CertifyNewEmployer();
        var id = certified.AssessmentId;
        await Suspend(id, Certification.AssessorB);
        Assert.Equal("suspended", await VerifyStatus(certified.CertificateNumber));

        var employer = certified.Employer.Session;
        var objectionId = ObjectionIdFrom(await employer.LodgeObjection(id, "De melding is onjuist; de stagiair bevestigt dat schriftelijk."));

        // The one who suspended may not handle it; the reviewer of the original assessment took no part in the suspension.
        var b = await app.LoggedIn(Certification.AssessorB);
        Assert.Equal(HttpStatusCode.Forbidden, (await b.PostAnyway(objectionId, "take", expectedVersion: 1)).StatusCode);
        var a = await app.LoggedIn(Certification.AssessorA);
        await Expect(HttpStatusCode.Redirect, a.Handle(objectionId, "take"));
        await Expect(HttpStatusCode.Redirect, a.Handle(objectionId, "uphold", "De stagiair heeft de melding ingetrokken; de schorsing was onterecht."));

        Assert.Equal("certified", await VerifyStatus(certified.CertificateNumber));
        var kvk = certified.Employer.KvkNumber;
        Assert.Contains(certified.CertificateNumber, (await app.NewSession().Get($"/register?status=certified&q={kvk}")).Body!.TextContent);
        Assert.DoesNotContain(certified.CertificateNumber, (await app.NewSession().Get($"/register?status=suspended&q={kvk}")).Body!.TextContent);
        Assert.Equal("gecertificeerd", Text(await employer.Get($"/assessments/{id}"), "#status"));
        var status = await employer.Get($"/objections/{objectionId}");
        Assert.Equal("gegrond", Text(status, "#objection-status"));
        Assert.Contains("weer geldig", Text(status, "#what-now"));
        Assert.Single(await app.MailAbout(id, "objection-upheld"));
        Assert.Single(await app.MailAbout(id, "reinstated"));
    }
}
