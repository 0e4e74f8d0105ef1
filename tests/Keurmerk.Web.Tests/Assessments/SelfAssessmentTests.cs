using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Assessments;

/// <summary>An employer who just signed up works through the self-assessment and submits it.</summary>
public class SelfAssessmentTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string LongText = "Elke melding bespreken we binnen twee weken met de stagiair en de school.";

    [Fact]
    public async Task Start_OpensADraft_AndASecondStartOpensTheSameOne()
    {
        var employer = await app.SignUpNewEmployer();

        var id = await employer.StartAssessment();

        var details = await employer.Session.Get($"/assessments/{id}");
        Assert.Equal("concept", details.QuerySelector("#status")!.TextContent);
        var list = await employer.Session.Get("/assessments");
        Assert.Null(list.QuerySelector("form[action='/assessments/start']"));
        Assert.Single(list.QuerySelectorAll($"a[href='/assessments/{id}']"));

        // A second start (a double click, a second tab) opens the draft already there.
        var again = await employer.Session.Submit(list, Employers.LogoutForm, formAction: "/assessments/start");
        Assert.Equal($"/assessments/{id}", Employers.RedirectPath(again));
    }

    [Fact]
    public async Task SectionPage_ShowsOnlyTheCriteriaThatApplyToTheOrganisationsSize()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        var section = app.Criteria().FindSection("recruitment")!;

        var page = await employer.Session.Get(Employers.SectionUrl(id, section.Id));

        var shown = page.QuerySelectorAll(".criterion").Select(f => f.Id!["criterion-".Length..]).ToList();
        Assert.Equal(section.Criteria.Where(c => c.AppliesToSize(employer.Size)).Select(c => c.Id), shown);
        Assert.DoesNotContain("REC-06", shown); // for large organisations only
        Assert.NotNull(page.QuerySelector("#file-REC-01"));
        Assert.Null(page.QuerySelector("#file-REC-04")); // takes no evidence
    }

    [Fact]
    public async Task AnsweredSection_IsStillThereWhenTheEmployerComesBackTomorrow()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();

        var saved = await employer.Session.SaveSection(id, "recruitment",
            new Dictionary<string, string> { ["REC-02"] = "some-internships", ["REC-03"] = "no", ["REC-04"] = "yes" });
        var savedText = await employer.Session.SaveSection(id, "reporting", new Dictionary<string, string> { ["REP-07"] = LongText });

        Assert.Equal(Employers.SectionUrl(id, "recruitment"), Employers.RedirectPath(saved));
        Assert.Equal(Employers.SectionUrl(id, "reporting"), Employers.RedirectPath(savedText));
        app.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await app.LoggedIn(employer.Email, employer.Password);
        var recruitment = await tomorrow.Get(Employers.SectionUrl(id, "recruitment"));
        Assert.Equal("some-internships", Employers.CheckedAnswer(recruitment, "REC-02"));
        Assert.Equal("no", Employers.CheckedAnswer(recruitment, "REC-03"));
        Assert.Equal("yes", Employers.CheckedAnswer(recruitment, "REC-04"));
        Assert.Null(Employers.CheckedAnswer(recruitment, "REC-01"));
        var reporting = await tomorrow.Get(Employers.SectionUrl(id, "reporting"));
        Assert.Equal(LongText, reporting.QuerySelector<IHtmlTextAreaElement>("#answer-REP-07")!.Value.Trim());
        var details = await tomorrow.Get($"/assessments/{id}");
        Assert.Contains("3 / 6", RowOf(details, "recruitment"));
    }

    [Fact]
    public async Task InvalidAnswer_Is400_WithMessage_AndNothingFromThatSaveIsStored()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();

        var response = await employer.Session.SaveSection(id, "recruitment",
            new Dictionary<string, string> { ["REC-03"] = "yes", ["REC-02"] = "misschien" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var refused = await WebSession.Parse(response);
        Assert.Equal("'misschien' is geen geldig antwoord op REC-02.", refused.QuerySelector("#form-error")!.TextContent.Trim());
        Assert.Equal("yes", Employers.CheckedAnswer(refused, "REC-03")); // the person's input is kept on screen
        var fresh = await employer.Session.Get(Employers.SectionUrl(id, "recruitment"));
        Assert.Null(Employers.CheckedAnswer(fresh, "REC-03"));
        Assert.Single(await employer.Session.History(id));
    }

    [Fact]
    public async Task Readiness_ListsMissingAnswers_MissingEvidence_AndUnmetKnockOuts()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        var applicable = app.Criteria().ApplicableTo(employer.Size).ToList();

        var fresh = await employer.Session.Get($"/assessments/{id}");
        Assert.Equal(applicable.Select(c => c.Id), Listed(fresh, "missing-answer"));
        Assert.Equal(applicable.Where(c => c.Evidence == EvidenceRule.Required).Select(c => c.Id), Listed(fresh, "missing-evidence"));
        Assert.Empty(Listed(fresh, "unmet-knockout"));
        Assert.True(fresh.QuerySelector<IHtmlButtonElement>($"form[action='/assessments/{id}/submit'] button")!.IsDisabled);

        // A knock-out answered "no" is unmet; evidence attached takes a criterion off the evidence list.
        await employer.Session.SaveSection(id, "recruitment", new Dictionary<string, string> { ["REC-01"] = "no", ["REC-02"] = "always" });
        await employer.Session.SaveSection(id, "reporting", new Dictionary<string, string>(), [("REP-01", "meldprocedure.pdf", TestFiles.Pdf())]);

        var after = await employer.Session.Get($"/assessments/{id}");
        Assert.Equal(["REC-01"], Listed(after, "unmet-knockout"));
        Assert.DoesNotContain("REC-01", Listed(after, "missing-answer"));
        Assert.DoesNotContain("REC-02", Listed(after, "missing-answer"));
        Assert.Contains("REC-01", Listed(after, "missing-evidence"));
        Assert.DoesNotContain("REP-01", Listed(after, "missing-evidence"));
        Assert.Contains("REP-01", Listed(after, "missing-answer")); // evidence alone is no answer
        Assert.Contains("Nog niet:", after.QuerySelector("#readiness")!.NextElementSibling!.TextContent);
    }

    [Fact]
    public async Task Submit_WhenNotReady_Is409_WithMessage_AndAppendsNothing()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        await employer.Session.SaveSection(id, "recruitment", new Dictionary<string, string> { ["REC-01"] = "no" });
        var before = await employer.Session.History(id);

        var response = await employer.Session.PostSubmit(id);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await WebSession.Parse(response);
        var error = page.QuerySelector(".alert-danger")!.TextContent;
        Assert.StartsWith("De zelfevaluatie is nog niet klaar om in te dienen:", error);
        Assert.Contains("niet voldaan aan knock-out REC-01", error);
        Assert.Equal("concept", (await employer.Session.Get($"/assessments/{id}")).QuerySelector("#status")!.TextContent);
        var after = await employer.Session.History(id);
        Assert.Equal(before, after);
        Assert.DoesNotContain(after, line => line.What.StartsWith("Ingediend", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_WhenEverythingIsFilledIn_SubmitsOnce_AndTheAnswersBecomeReadOnly()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        await app.CompleteEverySection(employer, id);
        var ready = await employer.Session.Get($"/assessments/{id}");
        Assert.Contains("Alles is ingevuld", ready.QuerySelector("#readiness")!.NextElementSibling!.TextContent);

        var response = await employer.Session.PostSubmit(id);

        Assert.Equal($"/assessments/{id}", Employers.RedirectPath(response));
        var submitted = await employer.Session.Get($"/assessments/{id}");
        Assert.Equal("ingediend", submitted.QuerySelector("#status")!.TextContent);
        Assert.Contains("Uw zelfevaluatie is ingediend.", submitted.QuerySelector("[role=status]")!.TextContent);
        Assert.Null(submitted.QuerySelector($"form[action='/assessments/{id}/submit']"));

        // Read-only: the page says so and offers no save; a post anyway is refused and changes nothing.
        var section = await employer.Session.Get(Employers.SectionUrl(id, "recruitment"));
        Assert.Contains("alleen te lezen", section.QuerySelector(".alert-info")!.TextContent);
        Assert.Null(section.QuerySelector("button.btn-primary[type=submit]"));
        var edit = await employer.Session.SaveSection(section, new Dictionary<string, string> { ["REC-03"] = "no" });
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("de zelfevaluatie heeft de status 'ingediend'", (await WebSession.Parse(edit)).QuerySelector("#form-error")!.TextContent);
        var upload = await employer.Session.SaveSection(section, new Dictionary<string, string>(), [("REC-03", "extra.pdf", TestFiles.Pdf())]);
        Assert.Equal(HttpStatusCode.Conflict, upload.StatusCode);
        var reread = await employer.Session.Get(Employers.SectionUrl(id, "recruitment"));
        Assert.Equal("yes", Employers.CheckedAnswer(reread, "REC-03"));
        Assert.DoesNotContain("extra.pdf", Employers.EvidenceListed(reread, "REC-03"));

        // A second submit, from a form carrying the current version, is refused by the lifecycle.
        var second = await employer.Session.Submit(section, Employers.SectionForm, formAction: $"/assessments/{id}/submit");
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("de zelfevaluatie heeft de status 'ingediend'", (await WebSession.Parse(second)).QuerySelector(".alert-danger")!.TextContent);
        Assert.Single(await employer.Session.History(id), line => line.What.StartsWith("Ingediend", StringComparison.Ordinal));
    }

    private static List<string> Listed(IDocument page, string list) =>
        page.QuerySelectorAll($"#readiness-list li.{list}").Select(li => li.GetAttribute("data-criterion")!).ToList();

    private static string RowOf(IDocument details, string sectionId) =>
        details.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href$='/sections/{sectionId}']") is not null).TextContent;
}
