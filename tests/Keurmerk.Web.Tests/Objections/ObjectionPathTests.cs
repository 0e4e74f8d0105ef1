using Keurmerk.Web.Tests.Support;
using System.Net;
using static Keurmerk.Web.Tests.Objections.ObjectionTestSupport;

namespace Keurmerk.Web.Tests.Objections;

/// <summary>An objection against a rejection, through HTTP: lodged with a file, four eyes, dismissed with reasons, seen by the employer.</summary>
public class ObjectionPathTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Motivation = "Ons stagebeleid is wel degelijk vastgelegd; zie de bijlage.";
    private const string Reasons = "Het beleid in de bijlage beschrijft de begeleiding niet concreet genoeg.";

    [Fact]
    public async Task Rejected_EmployerObjectsWithAPdf_OnlyAnUninvolvedAssessorMayHandleIt_AndTheEmployerSeesTheOutcome()
    {
        var (employer, id) = await app.RejectNewEmployer();
        var filesBefore = await app.StoredFilesOf(id);

        // The assessment page offers the objection; the employer lodges it with a PDF.
        var details = await employer.Session.Get($"/assessments/{id}");
        Assert.NotNull(details.QuerySelector($"a#lodge-objection[href='/objections/new/{id}']"));
        var pdf = TestFiles.Pdf("stagebeleid");
        var lodged = await employer.Session.LodgeObjection(id, Motivation, ("stagebeleid.pdf", pdf));
        var objectionId = ObjectionIdFrom(lodged);
        Assert.Equal(filesBefore + 1, await app.StoredFilesOf(id));
        Assert.Single(await app.MailAbout(id, "objection-lodged"));
        Assert.Contains(await app.MailAbout(id, "new-objection"), n => n.To == AssessorC);

        // Once lodged, the page links to it instead of offering a second one.
        details = await employer.Session.Get($"/assessments/{id}");
        Assert.Null(details.QuerySelector("#lodge-objection"));
        Assert.NotNull(details.QuerySelector($"#objections a[href='/objections/{objectionId}']"));

        // Four eyes: the reviewer (who recommended) and the decider may not take it, not even by posting directly.
        foreach (var involved in new[] { Certification.AssessorA, Certification.AssessorB })
        {
            var assessor = await app.LoggedIn(involved);
            var page = await assessor.Get($"/objections/{objectionId}");
            Assert.Null(page.QuerySelector("#take"));
            var refused = await assessor.PostAnyway(objectionId, "take", expectedVersion: 1);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("Vier ogen", Employers.Errors(await WebSession.Parse(refused)));
        }
        Assert.Equal(1, (await app.ObjectionsOf(id)).Single().Version);

        // A third assessor takes it and dismisses it with reasons.
        var c = await app.LoggedIn(AssessorC);
        Assert.Equal(HttpStatusCode.Redirect, (await c.Handle(objectionId, "take")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await c.Handle(objectionId, "dismiss", "Nee.")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await c.Handle(objectionId, "dismiss", Reasons)).StatusCode);

        // The employer sees the outcome with the reasons, and its own file; and has been told.
        var status = await employer.Session.Get($"/objections/{objectionId}");
        Assert.Equal("ongegrond", Text(status, "#objection-status"));
        Assert.Equal(Reasons, Text(status, "#outcome-reasons"));
        var download = await employer.Session.Client.GetAsync(status.QuerySelector("#objection-files a")!.GetAttribute("href"));
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Single(await app.MailAbout(id, "objection-taken"));
        Assert.Contains(Reasons, Assert.Single(await app.MailAbout(id, "objection-dismissed")).Body);

        // A decided objection is final: no second objection against the same rejection.
        Assert.Null((await employer.Session.Get($"/assessments/{id}")).QuerySelector("#lodge-objection"));
        Assert.Null((await employer.Session.Get($"/objections/new/{id}")).QuerySelector("#lodge"));
    }

    [Fact]
    public async Task Lodge_WithoutMotivation_OrWithAFakePdf_Is400_AndStoresNothing()
    {
        var (employer, id) = await app.RejectNewEmployer();
        var filesBefore = await app.StoredFilesOf(id);
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

        var empty = await employer.Session.LodgeObjection(id, "   ", ("stagebeleid.pdf", TestFiles.Pdf()));
        var fake = await employer.Session.LodgeObjection(id, Motivation, ("stagebeleid.pdf", exe));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, fake.StatusCode);
        Assert.Contains("stagebeleid.pdf", Employers.Errors(await WebSession.Parse(fake)));
        Assert.Equal(Motivation, (await WebSession.Parse(fake)).QuerySelector("#motivation")!.TextContent);
        Assert.Empty(await app.ObjectionsOf(id));
        Assert.Equal(filesBefore, await app.StoredFilesOf(id));
    }

    [Fact]
    public async Task SecondObjectionWhileTheFirstIsOpen_Is409()
    {
        var (employer, id) = await app.RejectNewEmployer();
        var form = await employer.Session.Get($"/objections/new/{id}"); // a second tab, opened before the first objection
        ObjectionIdFrom(await employer.Session.LodgeObjection(id, Motivation));

        var second = await employer.Session.Submit(form, "#lodge", new Dictionary<string, string> { ["motivation"] = Motivation });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Er loopt al een bezwaar", Employers.Errors(await WebSession.Parse(second)));
        Assert.Single(await app.ObjectionsOf(id));
    }

    [Fact]
    public async Task DoubleClickedLodge_StoresOneObjection_WithOneFile()
    {
        var (employer, id) = await app.RejectNewEmployer();
        var filesBefore = await app.StoredFilesOf(id);
        var form = await employer.Session.Get($"/objections/new/{id}");
        Task<HttpResponseMessage> Click() => employer.Session.Submit(form, "#lodge",
            new Dictionary<string, string> { ["motivation"] = Motivation }, [("files", "stagebeleid.pdf", TestFiles.Pdf())]);

        var responses = await Task.WhenAll(Click(), Click(), Click());

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Redirect), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Single(await app.ObjectionsOf(id));
        Assert.Equal(filesBefore + 1, await app.StoredFilesOf(id));
    }

    [Fact]
    public async Task ObjectionList_ShowsOpenOnesFirst_OldestFirst_AndOtherEmployersCannotSeeThem()
    {
        var (first, firstId) = await app.RejectNewEmployer();
        var (second, secondId) = await app.RejectNewEmployer();
        var decided = ObjectionIdFrom(await first.Session.LodgeObjection(firstId, Motivation));
        var open = ObjectionIdFrom(await second.Session.LodgeObjection(secondId, Motivation));
        var c = await app.LoggedIn(AssessorC);
        await c.Handle(decided, "take");
        await Expect(HttpStatusCode.Redirect, c.Handle(decided, "uphold", "De bijlage toont dat het beleid er wel is."));

        var list = await c.Get("/objections");
        var rows = list.QuerySelectorAll("#objections tbody tr").Select(r => r.GetAttribute("data-objection")).ToList();

        Assert.True(rows.IndexOf(open.ToString()) < rows.IndexOf(decided.ToString()));
        Assert.NotNull(list.QuerySelector("nav a[href='/objections']"));
        Assert.Equal(HttpStatusCode.NotFound, (await second.Session.Client.GetAsync($"/objections/{decided}")).StatusCode);
        var upheld = await first.Session.Get($"/objections/{decided}");
        Assert.Equal("gegrond", Text(upheld, "#objection-status"));
        Assert.Contains("nieuwe zelfevaluatie", Text(upheld, "#what-now"));
    }
}
