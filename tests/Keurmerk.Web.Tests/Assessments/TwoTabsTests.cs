using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Assessments;

/// <summary>The same assessment open in two tabs: the second save of a stale page must not overwrite the first.</summary>
public class TwoTabsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string ChangedMeanwhile = "Deze zelfevaluatie is intussen gewijzigd";

    [Fact]
    public async Task SaveFromAStaleTab_Is409_WithTheChangedMessage_AndKeepsTheFirstTabsAnswer()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        var url = Employers.SectionUrl(id, "recruitment");
        var firstTab = await employer.Session.Get(url);
        var secondTab = await employer.Session.Get(url);

        var first = await employer.Session.SaveSection(firstTab, new Dictionary<string, string> { ["REC-03"] = "yes" });
        var second = await employer.Session.SaveSection(secondTab,
            new Dictionary<string, string> { ["REC-03"] = "no", ["REC-05"] = "yes" }, [("REC-01", "vacature.pdf", TestFiles.Pdf())]);

        Assert.Equal(url, Employers.RedirectPath(first));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var refused = await WebSession.Parse(second);
        Assert.StartsWith(ChangedMeanwhile, refused.QuerySelector("#form-error")!.TextContent.Trim());
        Assert.Equal("no", Employers.CheckedAnswer(refused, "REC-03")); // the second tab's input stays on screen to redo
        var stored = await employer.Session.Get(url);
        Assert.Equal("yes", Employers.CheckedAnswer(stored, "REC-03"));
        Assert.Null(Employers.CheckedAnswer(stored, "REC-05"));
        Assert.Empty(Employers.EvidenceListed(stored, "REC-01"));
        Assert.Equal(2, (await employer.Session.History(id)).Count);
    }

    [Fact]
    public async Task SaveAfterReloading_Succeeds()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        var url = Employers.SectionUrl(id, "recruitment");
        var stale = await employer.Session.Get(url);
        await employer.Session.SaveSection(await employer.Session.Get(url), new Dictionary<string, string> { ["REC-03"] = "yes" });
        Assert.Equal(HttpStatusCode.Conflict, (await employer.Session.SaveSection(stale, new Dictionary<string, string> { ["REC-03"] = "no" })).StatusCode);

        var reloaded = await employer.Session.SaveSection(id, "recruitment", new Dictionary<string, string> { ["REC-03"] = "no" });

        Assert.Equal(url, Employers.RedirectPath(reloaded));
        Assert.Equal("no", Employers.CheckedAnswer(await employer.Session.Get(url), "REC-03"));
    }

    [Fact]
    public async Task SubmitFromAStaleOverview_Is409_AndDoesNotSubmit()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        await app.CompleteEverySection(employer, id);
        var overview = await employer.Session.Get($"/assessments/{id}");
        // Meanwhile, in another tab, a knock-out is answered "no".
        await employer.Session.SaveSection(id, "recruitment", new Dictionary<string, string> { ["REC-01"] = "no" });

        var response = await employer.Session.Submit(overview, $"form[action='/assessments/{id}/submit']");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(ChangedMeanwhile, (await WebSession.Parse(response)).QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("concept", (await employer.Session.Get($"/assessments/{id}")).QuerySelector("#status")!.TextContent);
    }

    [Fact]
    public async Task RemoveEvidenceFromAStaleTab_ShowsTheChangedMessage_AndKeepsTheEvidence()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        var url = Employers.SectionUrl(id, "recruitment");
        await employer.Session.SaveSection(id, "recruitment", new Dictionary<string, string>(), [("REC-01", "vacature.pdf", TestFiles.Pdf())]);
        var stale = await employer.Session.Get(url);
        await employer.Session.SaveSection(id, "recruitment", new Dictionary<string, string> { ["REC-03"] = "yes" });
        var remove = stale.QuerySelector("button[formaction$='/remove']")!.GetAttribute("formaction")!;

        var response = await employer.Session.Submit(stale, Employers.SectionForm, formAction: remove);

        Assert.Equal(url, Employers.RedirectPath(response));
        var page = await employer.Session.Get(url);
        Assert.StartsWith(ChangedMeanwhile, page.QuerySelector("main .alert-danger")!.TextContent.Trim());
        Assert.Equal(["vacature.pdf"], Employers.EvidenceListed(page, "REC-01"));
    }
}
