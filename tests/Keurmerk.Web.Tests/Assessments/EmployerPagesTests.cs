using AngleSharp.Dom;
using Keurmerk.Audits.Users;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace Keurmerk.Web.Tests.Assessments;

/// <summary>The employer's pages: save on navigation, resubmit where the fix was made, pages that say what is true now.</summary>
public class EmployerPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task NextPart_SavesTheAnswersFirst_ThenOpensTheNextPart()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        var (first, second) = (app.Criteria().Sections[0], app.Criteria().Sections[1]);
        var criterion = first.Criteria.First(c => c.AppliesToSize(employer.Size) && c.Answer == AnswerType.YesNo);

        var page = await employer.Session.Get(Employers.SectionUrl(id, first.Id));
        Assert.Equal(second.Id, page.QuerySelector("#save-next")!.GetAttribute("value"));
        var response = await employer.Session.Submit(page, Employers.SectionForm,
            new Dictionary<string, string> { [$"answer-{criterion.Id}"] = "yes", ["then"] = second.Id });

        Assert.Equal(Employers.SectionUrl(id, second.Id), Employers.RedirectPath(response));
        Assert.Equal("yes", Employers.CheckedAnswer(await employer.Session.Get(Employers.SectionUrl(id, first.Id)), criterion.Id));
    }

    [Fact]
    public async Task SectionPage_SaysWhetherEverythingIsSaved_AndWarnsBeforeLeaving_WithoutInlineScript()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        var page = await employer.Session.Get(Employers.SectionUrl(id, app.Criteria().Sections[0].Id));

        Assert.Contains("Alles is opgeslagen", page.QuerySelector("#save-state")!.TextContent);
        Assert.Equal("save-state", page.QuerySelector("#section-form")!.GetAttribute("data-unsaved-warning"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/unsaved-changes.js']"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        // Without JavaScript too, every link to another part is a button of the form: it saves before it goes.
        var parts = page.QuerySelectorAll(".section-nav button[form='section-form'][name='then']").Select(b => b.GetAttribute("value")).ToList();
        Assert.Equal(["overview", .. app.Criteria().Sections.Skip(1).Select(s => s.Id)], parts);
    }

    [Fact]
    public async Task FreshDraft_OffersNoWithdraw_AndGroupsTheReadinessListPerPartWithLinks()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        var details = await employer.Session.Get($"/assessments/{id}");

        Assert.Null(details.QuerySelector("#withdraw"));
        var groups = details.QuerySelectorAll("#readiness-list .readiness-section").Select(s => s.GetAttribute("data-section")).ToList();
        Assert.Equal(app.Criteria().Sections.Select(s => s.Id), groups);
        var first = app.Criteria().ApplicableTo(employer.Size).First();
        var link = details.QuerySelector($"#readiness-list li[data-criterion='{first.Id}'] a")!;
        Assert.Equal($"/assessments/{id}/sections/{first.SectionId}#criterion-{first.Id}", link.GetAttribute("href"));

        // Once something is answered, withdrawing means something.
        await employer.Session.SaveSection(id, first.SectionId, new Dictionary<string, string> { [first.Id] = Employers.PassingAnswers(app.Criteria().FindSection(first.SectionId)!, employer.Size)[first.Id] });
        Assert.NotNull((await employer.Session.Get($"/assessments/{id}")).QuerySelector("#withdraw"));
    }

    [Fact]
    public async Task AfterChangesRequested_TheEmployerFixesAndResubmits_FromTheSectionPage()
    {
        var (employer, id) = await app.SubmittedAssessment();
        var flagged = app.Criteria().ApplicableTo(employer.Size).First(c => c.Answer == AnswerType.YesNo && !c.KnockOut);
        var a = await app.LoggedIn(Certification.AssessorA);
        await a.Submit(await a.Get($"/review/{id}"), $"form[action='/review/{id}/take']");
        Assert.Equal(HttpStatusCode.Redirect, (await a.Submit(await a.Get($"/review/{id}"), "#request-changes",
            new Dictionary<string, string> { [$"judgement-{flagged.Id}"] = "NeedsChange", ["message"] = "Graag toelichten." })).StatusCode);

        var section = await employer.Session.Get(Employers.SectionUrl(id, flagged.SectionId));
        Assert.NotNull(section.QuerySelector("#resubmit #save-resubmit"));
        var response = await employer.Session.Submit(section, Employers.SectionForm,
            new Dictionary<string, string> { [$"answer-{flagged.Id}"] = "no", ["then"] = "submit" });

        Assert.Equal($"/assessments/{id}", Employers.RedirectPath(response));
        var details = await employer.Session.Get($"/assessments/{id}");
        Assert.Equal("ingediend", details.QuerySelector("#status")!.TextContent);
        Assert.Null(details.QuerySelector("#readiness")); // submitted: nothing to get ready any more
        Assert.Equal("no", Employers.CheckedAnswer(await employer.Session.Get(Employers.SectionUrl(id, flagged.SectionId)), flagged.Id));
    }

    [Fact]
    public async Task Certified_ShowsACertificateCard_AndNoReadiness()
    {
        var certified = await app.CertifyNewEmployer();
        var details = await certified.Employer.Session.Get($"/assessments/{certified.AssessmentId}");

        Assert.Null(details.QuerySelector("#readiness"));
        Assert.Null(details.QuerySelector("#withdraw"));
        var card = details.QuerySelector("#certificate")!;
        Assert.Equal(certified.CertificateNumber, card.QuerySelector(".certificate-number")!.TextContent.Trim());
        Assert.NotNull(card.QuerySelector($"a[href='/certificates/{certified.CertificateNumber}/pdf']"));
        Assert.NotNull(card.QuerySelector($"a[href='/verify/{certified.CertificateNumber}']"));
        Assert.EndsWith($"/verify/{certified.CertificateNumber}", card.QuerySelector("#verify-url")!.GetAttribute("value"));
        var snippet = card.QuerySelector("#embed-snippet")!.TextContent;
        Assert.StartsWith("<a href=\"http", snippet);
        Assert.Contains($"/verify/{certified.CertificateNumber}\"", snippet);
        Assert.Contains("gecertificeerd", card.QuerySelector(".certificate-status")!.TextContent);
    }

    [Fact]
    public async Task Suspended_SaysSuspended_WhyAndUntilWhenToObject_InsteadOfApproved()
    {
        var certified = await app.CertifyNewEmployer();
        var id = certified.AssessmentId;
        const string reason = "Een melding over de begeleiding van een stagiair wordt onderzocht.";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
            var by = await session.Query<AppUser>().SingleAsync(u => u.Email == Certification.AssessorB);
            await Keurmerk.Audits.Assessments.AssessmentCommands.Decide(session, id, null,
                s => CertificateDecider.Decide(s, new SuspendCertificate(reason, by.Id, app.Clock.GetUtcNow())));
        }

        var details = await certified.Employer.Session.Get($"/assessments/{id}");
        Assert.Equal("geschorst", details.QuerySelector("#status")!.TextContent);
        Assert.Null(details.QuerySelector("#decision"));
        Assert.Null(details.QuerySelector("#readiness"));
        Assert.Equal(reason, details.QuerySelector("#suspension-reason")!.TextContent);
        var deadline = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(42);
        Assert.Contains(deadline.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl")), details.QuerySelector("#objection-deadline")!.TextContent);
        Assert.Contains("geschorst", details.QuerySelector("#certificate .certificate-status")!.TextContent);
        Assert.Null(details.QuerySelector("#embed-snippet")); // nothing to show off while suspended
    }
}
