using AngleSharp.Dom;
using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.AuditLog;

/// <summary>The cross-assessment audit log at /audit: who may see it, and how its filters narrow it.</summary>
public class AuditLogTests(AppFixture app) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private const string Assessor = Certification.AssessorA;

    private Employer _employer = null!;
    private Guid _assessmentId;
    private WebSession _assessor = null!;

    public async Task InitializeAsync()
    {
        (_employer, _assessmentId) = await app.SubmittedAssessment();
        _assessor = await app.LoggedIn(Assessor);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static List<IElement> Rows(IDocument page) => page.QuerySelectorAll("table.audit-log tbody tr").ToList();

    [Fact]
    public async Task Assessor_SeesEveryAssessmentsEvents_NewestFirst_LinkedToTheirHistory()
    {
        var page = await _assessor.Get("/audit");

        var rows = Rows(page);
        Assert.InRange(rows.Count, 1, 50);
        Assert.Contains(rows, r => r.GetAttribute("data-stream") == _assessmentId.ToString());
        var times = rows.Select(r => DateTimeOffset.Parse(r.QuerySelector("time")!.GetAttribute("datetime")!)).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        Assert.All(rows.Where(r => r.GetAttribute("data-stream") == _assessmentId.ToString()),
            r => Assert.Equal($"/assessments/{_assessmentId}/history", r.QuerySelector("a")!.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("nav a.nav-link[href='/audit']"));
    }

    [Fact]
    public async Task Employer_IsDenied()
    {
        var response = await _employer.Session.Client.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Anonymous_IsSentToLogin()
    {
        var response = await app.NewSession().Client.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task EventTypeFilter_ShowsOnlyThatType()
    {
        var all = await _assessor.Get("/audit");
        Assert.Contains(all.QuerySelectorAll("#EventType option"), o => o.GetAttribute("value") == "assessment_submitted");

        var page = await _assessor.Get("/audit?EventType=assessment_submitted");

        var rows = Rows(page);
        Assert.Contains(rows, r => r.GetAttribute("data-stream") == _assessmentId.ToString());
        Assert.All(rows, r => Assert.Equal("assessment_submitted", r.GetAttribute("data-event")));
        Assert.True(rows.Count < Rows(all).Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OrganisationFilter_ByNameOrKvk_ShowsOnlyThatOrganisationsEvents(bool byName)
    {
        var organisation = byName ? _employer.OrganisationName.ToUpperInvariant() : _employer.KvkNumber;

        var page = await _assessor.Get("/audit?Organisation=" + Uri.EscapeDataString(organisation));

        var rows = Rows(page);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(_assessmentId.ToString(), r.GetAttribute("data-stream")));
        Assert.All(rows, r => Assert.Contains(_employer.OrganisationName, r.TextContent));
    }

    [Fact]
    public async Task ActorFilter_ShowsOnlyWhatThatPersonDid()
    {
        var page = await _assessor.Get("/audit?Actor=" + Uri.EscapeDataString(_employer.ContactPerson));

        var rows = Rows(page);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(_employer.ContactPerson, r.QuerySelectorAll("td")[2].TextContent.Trim()));
        Assert.Contains(rows, r => r.GetAttribute("data-event") == "assessment_submitted");
    }

    [Fact]
    public async Task DateRange_LeavesOutEventsOutsideIt()
    {
        var today = DateOnly.FromDateTime(DateTime.Now);

        var around = Rows(await _assessor.Get($"/audit?From={today.AddDays(-1):yyyy-MM-dd}&To={today.AddDays(1):yyyy-MM-dd}"));
        var later = Rows(await _assessor.Get($"/audit?From={today.AddDays(2):yyyy-MM-dd}"));
        var earlier = Rows(await _assessor.Get($"/audit?To={today.AddDays(-2):yyyy-MM-dd}"));

        Assert.NotEmpty(around);
        Assert.Empty(later);
        Assert.Empty(earlier);
    }

    [Fact]
    public async Task Pages_HoldFiftyEventsEach_AndTheNextPageContinues()
    {
        var first = await _assessor.Get("/audit");
        var next = first.QuerySelector("a[rel=next]")?.GetAttribute("href");
        Assert.NotNull(next); // the seeded certificates and this class's assessment are well over 50 events
        Assert.Equal(50, Rows(first).Count);

        var second = await _assessor.Get(next);

        Assert.NotEmpty(Rows(second));
        Assert.Empty(Rows(second).Select(RowKey).Intersect(Rows(first).Select(RowKey)));
    }

    private static string RowKey(IElement row) => row.GetAttribute("data-stream") + "/" + row.QuerySelectorAll("td").Last().TextContent.Trim();
}
