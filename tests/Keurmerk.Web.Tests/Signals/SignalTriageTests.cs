using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Signals;

/// <summary>An assessor triages a signal; measures on the certificate show in the register on the very next request.</summary>
public class SignalTriageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<(CertifiedEmployer Certified, Guid SignalId, WebSession Assessor)> Signalled()
    {
        var certified = await app.CertifyNewEmployer();
        var reference = await app.NewSession().RaiseSignal(certified.Employer.KvkNumber);
        return (certified, (await app.SignalByReference(reference)).Id, await app.LoggedIn(Certification.AssessorA));
    }

    [Fact]
    public async Task Suspend_ShowsSuspendedAtOnce_ThenReinstate_ShowsCertifiedAgain()
    {
        var (certified, signalId, assessor) = await Signalled();
        var kvk = certified.Employer.KvkNumber;
        Assert.Equal("certified", await app.RegisterStatus(kvk));
        var page = await assessor.Get($"/signals/{signalId}");
        Assert.Null(page.QuerySelector("#reinstate"));

        var suspended = await assessor.Triage(signalId, "suspend", new() { ["reason"] = "Signaal over begeleiding wordt onderzocht." });

        Assert.Equal($"/signals/{signalId}", Employers.RedirectPath(suspended));
        Assert.Equal("suspended", await app.RegisterStatus(kvk));
        Assert.Equal("suspended", (await app.VerifyVerdict(certified.CertificateNumber)).GetAttribute("data-status"));
        page = await assessor.Get($"/signals/{signalId}");
        Assert.Null(page.QuerySelector("#suspend"));
        Assert.Null(page.QuerySelector("#dismiss")); // not while this signal's suspension is in force
        Assert.Contains("Certificaat geschorst", page.QuerySelector("#signal-history")!.TextContent);

        var reinstated = await assessor.Triage(signalId, "reinstate", new() { ["reason"] = "Begeleiding is aantoonbaar geregeld." });

        Assert.Equal(HttpStatusCode.Redirect, reinstated.StatusCode);
        Assert.Equal("certified", await app.RegisterStatus(kvk));
        Assert.Equal("certified", (await app.VerifyVerdict(certified.CertificateNumber)).GetAttribute("data-status"));
        Assert.Equal(HttpStatusCode.Redirect, (await assessor.Triage(signalId, "dismiss", new() { ["reason"] = "Onderzoek afgerond: voldoet." })).StatusCode);
        Assert.Equal("afgehandeld", (await assessor.Get($"/signals/{signalId}")).QuerySelector("#signal-status")!.TextContent);
    }

    [Fact]
    public async Task Revoke_ShowsRevokedWithThePublicReason_AndClosesTheSignal()
    {
        var (certified, signalId, assessor) = await Signalled();

        var revoked = await assessor.Triage(signalId, "revoke",
            new() { ["publicReason"] = "StandardNotMet", ["explanation"] = "Herhaaldelijk geen begeleiding geboden." });

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var register = await app.CreateClient().GetStringAsync($"/api/register/{certified.Employer.KvkNumber}");
        Assert.Contains("\"status\":\"revoked\"", register);
        Assert.Contains("\"revocationReason\":\"standard-not-met\"", register);
        var verdict = await app.VerifyVerdict(certified.CertificateNumber);
        Assert.Equal("revoked", verdict.GetAttribute("data-status"));
        Assert.Contains("voldoet niet meer aan de standaard", verdict.TextContent);
        var page = await assessor.Get($"/signals/{signalId}");
        Assert.NotNull(page.QuerySelector("#no-steps"));
    }

    [Fact]
    public async Task Revoke_WithoutAPublicReason_Is400_AndNothingIsAppended()
    {
        var (certified, signalId, assessor) = await Signalled();
        var before = (await app.StreamVersion(signalId), await app.StreamVersion(certified.AssessmentId));

        var response = await assessor.Triage(signalId, "revoke", new() { ["explanation"] = "Herhaaldelijk geen begeleiding geboden." });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, (await app.StreamVersion(signalId), await app.StreamVersion(certified.AssessmentId)));
    }

    [Fact]
    public async Task Reinstate_ARevokedCertificate_Is409_WithTheMessage_AndNothingIsAppended()
    {
        var (certified, first, assessor) = await Signalled();
        var secondReference = await app.NewSession().RaiseSignal(certified.Employer.KvkNumber);
        await assessor.Triage(first, "revoke", new() { ["publicReason"] = "Misrepresentation", ["explanation"] = "Onjuiste informatie verstrekt." });
        var second = await app.SignalByReference(secondReference);
        Assert.Null((await assessor.Get($"/signals/{second.Id}")).QuerySelector("#reinstate"));
        var before = (await app.StreamVersion(second.Id), await app.StreamVersion(certified.AssessmentId));

        var response = await assessor.ForceTriage(second, "reinstate", new() { ["reason"] = "Toch weer geldig maken." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Alleen een geschorst certificaat", SignalTestSupport.Error(await WebSession.Parse(response)));
        Assert.Equal(before, (await app.StreamVersion(second.Id), await app.StreamVersion(certified.AssessmentId)));
        Assert.Equal("revoked", await app.RegisterStatus(certified.Employer.KvkNumber));
    }

    [Fact]
    public async Task AStalePage_Is409_AndNothingIsAppended()
    {
        var (certified, signalId, assessor) = await Signalled();
        var stale = await assessor.Get($"/signals/{signalId}");
        await assessor.Triage(signalId, "ask-employer", new() { ["question"] = "Hoe is de begeleiding van stagiairs geregeld?" });
        var before = await app.StreamVersion(certified.AssessmentId);

        var response = await assessor.Submit(stale, "#suspend", new Dictionary<string, string> { ["reason"] = "Signaal wordt onderzocht, schorsing." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(before, await app.StreamVersion(certified.AssessmentId));
    }

    [Fact]
    public async Task AskEmployer_TheEmployerSeesOnlyTheQuestion_Answers_AndOthersGet404()
    {
        var (certified, signalId, assessor) = await Signalled();
        const string question = "Hoe is de begeleiding van stagiairs geregeld?";
        Assert.Equal(HttpStatusCode.Redirect, (await assessor.Triage(signalId, "ask-employer", new() { ["question"] = question })).StatusCode);
        Assert.Contains(await app.Mail(certified.Employer.Email), n => n.Kind == "signal-response-requested" && n.Body.Contains(question));

        var employer = certified.Employer.Session;
        var list = await employer.Get("/assessments");
        Assert.Equal($"/signals/{signalId}/respond", list.QuerySelector(".signal-question a")!.GetAttribute("href"));
        var page = await employer.Get($"/signals/{signalId}/respond");
        Assert.Equal(question, page.QuerySelector(".question")!.TextContent);
        Assert.DoesNotContain(SignalTestSupport.Description, page.Body!.TextContent);

        var other = await app.SignUpNewEmployer();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Session.Client.GetAsync($"/signals/{signalId}/respond")).StatusCode);
        var crafted = await other.Session.Submit(await other.Session.Get("/assessments"), Employers.LogoutForm,
            new Dictionary<string, string> { ["expectedVersion"] = "2", ["text"] = "Wij zijn het niet." }, formAction: $"/signals/{signalId}/respond");
        Assert.Equal(HttpStatusCode.NotFound, crafted.StatusCode);

        var answered = await employer.Submit(page, "#respond", new Dictionary<string, string> { ["text"] = "Elke stagiair heeft een vaste begeleider." });

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var assessorPage = await assessor.Get($"/signals/{signalId}");
        Assert.Contains("Elke stagiair heeft een vaste begeleider.", assessorPage.QuerySelector(".employer-answer")!.TextContent);
        Assert.Equal("reactie werkgever ontvangen", assessorPage.QuerySelector("#signal-status")!.TextContent);
    }

    [Fact]
    public async Task Dismiss_AfterTheEmployerWasAsked_TellsTheEmployer_ButNotBefore()
    {
        var (asked, askedId, assessor) = await Signalled();
        var (unasked, unaskedId, _) = await Signalled();
        await assessor.Triage(askedId, "ask-employer", new() { ["question"] = "Hoe is de begeleiding van stagiairs geregeld?" });
        var page = await asked.Employer.Session.Get($"/signals/{askedId}/respond");
        await asked.Employer.Session.Submit(page, "#respond", new Dictionary<string, string> { ["text"] = "Elke stagiair heeft een vaste begeleider." });

        foreach (var id in new[] { askedId, unaskedId })
            Assert.Equal(HttpStatusCode.Redirect, (await assessor.Triage(id, "dismiss", new() { ["reason"] = "Onderzocht: geen aanwijzingen." })).StatusCode);

        Assert.Contains(await app.Mail(asked.Employer.Email), n => n.Kind == "signal-closed");
        Assert.DoesNotContain(await app.Mail(unasked.Employer.Email), n => n.Kind.StartsWith("signal-"));
    }
}
