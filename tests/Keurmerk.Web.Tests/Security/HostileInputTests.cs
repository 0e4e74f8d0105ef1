using Keurmerk.Web.Tests.Objections;
using Keurmerk.Web.Tests.Support;
using System.Net;
using System.Text.Json;

namespace Keurmerk.Web.Tests.Security;

/// <summary>What used to end in a 500: each now a 400 with a clear message, an empty page, or a 404.</summary>
public class HostileInputTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/api/register?page=999999999")]
    [InlineData("/api/register?page=2147483647")]
    [InlineData("/api/register?page=500001&pageSize=20")]
    public async Task RegisterApi_PageBeyondAnyEnd_Is400_SayingWhy(string url)
    {
        var response = await app.NewSession().Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("beyond the last possible page", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RegisterPage_PageBeyondAnyEnd_IsAnEmptyPage()
    {
        var page = await app.NewSession().Get("/register?page=2147483647");

        Assert.Empty(page.QuerySelectorAll("table tbody tr"));
    }

    [Theory]
    [InlineData("/api/register?q=%00")]
    [InlineData("/register?q=%00")]
    [InlineData("/api/register?city=den%00haag")]
    public async Task ANulCharacter_Is400_SayingWhy(string url)
    {
        var response = await app.NewSession().Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ongeldig teken (NUL)", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ANulCharacter_InAFormField_Is400_AndNothingIsSaved()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();

        var response = await employer.Session.SaveSection(id, "reporting", new Dictionary<string, string> { ["REP-07"] = "Wij\0bespreken" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await employer.Session.History(id));
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("0195a3c1-0000-7000-8000-000000000001")]
    public async Task TakingAnUnknownAssessment_Is404(string id)
    {
        var assessor = await app.LoggedIn(Certification.AssessorA);
        var token = (await assessor.Get("/review")).QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? (await assessor.Get("/account/password")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var response = await assessor.Client.PostAsync($"/review/{id}/take",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/audit?From=0001-01-01")]
    [InlineData("/audit?To=9999-12-31")]
    [InlineData("/audit?From=0001-01-01&To=9999-12-31")]
    [InlineData("/audit?page=2147483647")]
    [InlineData("/audit?page=-2147483648")]
    public async Task AuditLog_ExtremeFilters_AreAPage(string url)
    {
        var assessor = await app.LoggedIn(Certification.AssessorA);

        var page = await assessor.Get(url);

        Assert.NotNull(page.QuerySelector("#audit-filter"));
    }

    [Fact]
    public async Task AuditLog_FromTheBeginningOfTime_ShowsEverything()
    {
        var assessor = await app.LoggedIn(Certification.AssessorA);

        var all = await assessor.Get("/audit");
        var fromYearOne = await assessor.Get("/audit?From=0001-01-01&To=9999-12-31");

        Assert.NotEmpty(all.QuerySelectorAll("tbody tr"));
        Assert.Equal(all.QuerySelectorAll("tbody tr").Length, fromYearOne.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task AnAnswerLongerThanTheLimit_Is400_WithTheLimit_WhichTheFormAlsoSets()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        var form = await employer.Session.Get(Employers.SectionUrl(id, "reporting"));
        Assert.Equal("4000", form.QuerySelector("#answer-REP-07")!.GetAttribute("maxlength"));

        var response = await employer.Session.SaveSection(form, new Dictionary<string, string> { ["REP-07"] = new string('a', 1_000_000) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("mag hoogstens 4000 tekens hebben (nu 1000000)", (await WebSession.Parse(response)).QuerySelector("main")!.TextContent);
        Assert.Single(await employer.Session.History(id));

        var exactly = await employer.Session.SaveSection(id, "reporting", new Dictionary<string, string> { ["REP-07"] = new string('a', 4000) });
        Assert.Equal(HttpStatusCode.Redirect, exactly.StatusCode);
    }

    public static TheoryData<string, string, string> HostileFileNames => new()
    {
        // sent as, listed as, ASCII fallback
        { "privé.pdf", "privé.pdf", "prive.pdf" },
        { "résumé-中文.pdf", "résumé-中文.pdf", "resume-__.pdf" },
        { "factuur\u202Efdp.exe.pdf", "factuurfdp.exe.pdf", "factuurfdp.exe.pdf" },
        { "C:\\Users\\stagiair\\bewijs.pdf", "bewijs.pdf", "bewijs.pdf" },
        { "../../etc/passwd.pdf", "passwd.pdf", "passwd.pdf" },
    };

    [Theory]
    [MemberData(nameof(HostileFileNames))]
    public async Task Evidence_WithAHostileName_IsListedNormalised_AndDownloadsAsAnRfc6266Attachment(string sentAs, string listedAs, string fallback)
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        var pdf = TestFiles.Pdf("naam");

        var saved = await employer.Session.SaveSection(id, "recruitment", new Dictionary<string, string> { ["REC-01"] = "yes" }, [("REC-01", sentAs, pdf)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await employer.Session.Get(Employers.SectionUrl(id, "recruitment"));
        Assert.Equal([listedAs], Employers.EvidenceListed(page, "REC-01"));
        var download = await employer.Session.Client.GetAsync(page.QuerySelector("#criterion-REC-01 .evidence-list a")!.GetAttribute("href"));
        AssertAttachment(download, listedAs, fallback);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ObjectionFile_WithANonAsciiName_DownloadsAsAnRfc6266Attachment()
    {
        var (employer, id) = await app.RejectNewEmployer();
        var lodged = await employer.Session.LodgeObjection(id, "Wij zijn het niet eens met de afwijzing, zie de bijlage.", ("résumé-中文.pdf", TestFiles.Pdf("bezwaar")));
        var status = await employer.Session.Get(Employers.RedirectPath(lodged));

        var link = status.QuerySelector("#objection-files a")!;
        Assert.Equal("résumé-中文.pdf", link.TextContent.Trim());
        AssertAttachment(await employer.Session.Client.GetAsync(link.GetAttribute("href")), "résumé-中文.pdf", "resume-__.pdf");
    }

    private static void AssertAttachment(HttpResponseMessage download, string name, string fallback)
    {
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(name, disposition.FileNameStar);
        Assert.Equal(fallback, disposition.FileName!.Trim('"'));
        Assert.Equal("nosniff", string.Join("", download.Headers.GetValues("X-Content-Type-Options")));
    }
}
