using AngleSharp.Dom;
using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Assessments;

/// <summary>An employer sees only its own organisation's assessment; other roles do not use these pages.</summary>
public class AccessTests(AppFixture app) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private Employer _owner = null!;
    private Employer _other = null!;
    private Guid _assessmentId;
    private string _evidenceUrl = "";

    public async Task InitializeAsync()
    {
        _owner = await app.SignUpNewEmployer();
        _other = await app.SignUpNewEmployer();
        _assessmentId = await _owner.StartAssessment();
        await _owner.Session.SaveSection(_assessmentId, "recruitment",
            new Dictionary<string, string> { ["REC-01"] = "yes" }, [("REC-01", "vacature.pdf", TestFiles.Pdf("geheim"))]);
        var section = await _owner.Session.Get(Employers.SectionUrl(_assessmentId, "recruitment"));
        _evidenceUrl = section.QuerySelector("#criterion-REC-01 .evidence-list a")!.GetAttribute("href")!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheOwner_CanOpenEveryPage()
    {
        foreach (var url in OwnersUrls())
            Assert.Equal(HttpStatusCode.OK, (await _owner.Session.Client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task AnotherOrganisationsEmployer_Gets404_OnEveryPage_WithoutSeeingTheOrganisationsName()
    {
        foreach (var url in OwnersUrls())
        {
            var response = await _other.Session.Client.GetAsync(url);

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} as another employer: {response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(_owner.OrganisationName, body);
            Assert.DoesNotContain("%PDF", body);
        }
    }

    [Fact]
    public async Task AnotherOrganisationsEmployer_CannotChangeTheAssessment()
    {
        var stale = await _owner.Session.Get(Employers.SectionUrl(_assessmentId, "recruitment"));
        var ownPage = await _other.Session.Get("/assessments");
        var version = stale.QuerySelector("input[name=expectedVersion]")!.GetAttribute("value")!;
        var posts = new[]
        {
            $"/assessments/{_assessmentId}/sections/recruitment",
            $"/assessments/{_assessmentId}/submit",
            $"{_evidenceUrl}/remove",
        };

        foreach (var action in posts)
        {
            var response = await _other.Session.Submit(ownPage, Employers.LogoutForm,
                new Dictionary<string, string> { ["expectedVersion"] = version, ["sectionId"] = "recruitment", ["answer-REC-01"] = "no" },
                formAction: action);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound, $"POST {action} as another employer: {response.StatusCode}");
        }

        var section = await _owner.Session.Get(Employers.SectionUrl(_assessmentId, "recruitment"));
        Assert.Equal("yes", Employers.CheckedAnswer(section, "REC-01"));
        Assert.Equal(["vacature.pdf"], Employers.EvidenceListed(section, "REC-01"));
        Assert.Equal(HttpStatusCode.OK, (await _owner.Session.Client.GetAsync(_evidenceUrl)).StatusCode);
    }

    [Fact]
    public async Task AnotherOrganisationsEmployer_DoesNotSeeItInItsOwnList()
    {
        var list = await _other.Session.Get("/assessments");

        Assert.Empty(list.QuerySelectorAll($"a[href='/assessments/{_assessmentId}']"));
        Assert.DoesNotContain(_owner.OrganisationName, list.Body!.TextContent);
    }

    [Theory]
    [InlineData("/assessments")]
    [InlineData("/assessments/{id}")]
    [InlineData("/assessments/{id}/history")]
    public async Task TheSchoolAccount_IsDenied(string url)
    {
        var school = await app.LoggedIn("stagebureau@hhs.demo");

        var response = await school.Client.GetAsync(url.Replace("{id}", _assessmentId.ToString()));

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && Employers.RedirectPath(response).StartsWith("/account/denied", StringComparison.Ordinal)),
            $"GET {url} as school: {response.StatusCode} {response.Headers.Location}");
        Assert.DoesNotContain(_owner.OrganisationName, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheDeniedPage_Is403_AndSaysSo()
    {
        var school = await app.LoggedIn("stagebureau@hhs.demo");

        var page = await school.Get("/account/denied", HttpStatusCode.Forbidden);

        Assert.Contains("geen toegang", page.QuerySelector("main")!.TextContent);
    }

    private IEnumerable<string> OwnersUrls() =>
    [
        $"/assessments/{_assessmentId}",
        Employers.SectionUrl(_assessmentId, "recruitment"),
        _evidenceUrl,
        $"/assessments/{_assessmentId}/history",
    ];
}
