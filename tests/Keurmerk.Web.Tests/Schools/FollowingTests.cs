using Keurmerk.Audits.Register;
using Keurmerk.Audits.Schools;
using Keurmerk.Web.Tests.Support;
using Marten;
using System.Globalization;
using System.Net;

namespace Keurmerk.Web.Tests.Schools;

/// <summary>A school follows host companies by KvK number and sees where their certificates stand.</summary>
public class FollowingTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly CultureInfo Dutch = new("nl");

    [Fact]
    public async Task FollowByKvk_ShowsTheRegisterStatus_AndFollowingTwiceAddsNothing()
    {
        var organisation = await app.CertifiedOrganisation();
        var school = await app.LoggedIn(SchoolSupport.DemoSchool);

        var response = await school.Follow(organisation.KvkNumber);
        Assert.Equal("/school", Employers.RedirectPath(response));
        await school.Follow(organisation.KvkNumber);

        var page = await school.Get("/school");
        var row = SchoolSupport.FollowRow(page, organisation.KvkNumber);
        Assert.NotNull(row);
        Assert.Single(page.QuerySelectorAll($"table.follows tr[data-kvk='{organisation.KvkNumber}']"));
        Assert.Equal("certified", row.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        Assert.Contains(organisation.Name, row.TextContent);
        Assert.Contains(organisation.CertificateNumber, row.TextContent);
        var entry = await SchoolSupport.Query(app, s => s.LoadAsync<RegisterEntry>(organisation.AssessmentId));
        Assert.Contains(entry!.ValidUntil.ToString("d MMM yyyy", Dutch), row.TextContent);
        Assert.Equal(1, await SchoolSupport.Query(app, s => s.Query<Follow>().CountAsync(f => f.KvkNumber == organisation.KvkNumber)));
    }

    [Fact]
    public async Task AfterASuspension_ThePageShowsSuspended_AndUnfollowingRemovesTheRow()
    {
        var organisation = await app.CertifiedOrganisation();
        var school = await app.NewSchool();
        await school.Session.Follow(organisation.KvkNumber);

        await app.Suspend(organisation.AssessmentId);
        var page = await school.Session.Get("/school");
        Assert.Equal("suspended", SchoolSupport.FollowRow(page, organisation.KvkNumber)!.QuerySelector("[data-status]")!.GetAttribute("data-status"));

        var response = await school.Session.Submit(page, $"table.follows tr[data-kvk='{organisation.KvkNumber}'] form");
        Assert.Equal("/school", Employers.RedirectPath(response));
        Assert.Null(SchoolSupport.FollowRow(await school.Session.Get("/school"), organisation.KvkNumber));
    }

    [Theory]
    [InlineData("1234", "precies 8 cijfers")]
    [InlineData("1234567a", "precies 8 cijfers")]
    [InlineData("99999999", "geen organisatie met KvK-nummer 99999999")]
    public async Task AKvkThatIsMalformedOrNotInTheRegister_IsRefusedWithAClearMessage(string kvk, string message)
    {
        var school = await app.NewSchool();

        var response = await school.Session.Follow(kvk);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.Parse(response);
        Assert.Contains(message, Employers.Errors(page));
        Assert.Equal(kvk, page.QuerySelector("input#kvk")!.GetAttribute("value"));
        Assert.Equal(0, await SchoolSupport.Query(app, s => s.Query<Follow>().CountAsync(f => f.SchoolUserId == school.UserId)));
    }

    [Fact]
    public async Task TheVerifyPage_OffersSchoolsAFollowButton_AndNoOneElse()
    {
        var organisation = await app.CertifiedOrganisation();
        var school = await app.NewSchool();
        var verify = $"/verify/{organisation.CertificateNumber}";

        Assert.Null((await app.NewSession().Get(verify)).QuerySelector("form#follow-organisation"));
        var assessor = await app.LoggedIn(Certification.AssessorA);
        Assert.Null((await assessor.Get(verify)).QuerySelector("form#follow-organisation"));

        var response = await school.Session.Submit(await school.Session.Get(verify), "form#follow-organisation");
        Assert.Equal("/school", Employers.RedirectPath(response));
        Assert.NotNull(SchoolSupport.FollowRow(await school.Session.Get("/school"), organisation.KvkNumber));
    }

    [Fact]
    public async Task OnlySchools_OpenTheSchoolPage()
    {
        var employer = await app.SignUpNewEmployer();
        var assessor = await app.LoggedIn(Certification.AssessorA);

        foreach (var other in new[] { employer.Session, assessor })
        {
            var response = await other.Client.GetAsync("/school");
            Assert.StartsWith("/account/denied", Employers.RedirectPath(response));
        }
        Assert.StartsWith("/account/login", Employers.RedirectPath(await app.NewSession().Client.GetAsync("/school")));
        Assert.Equal(HttpStatusCode.OK, (await (await app.NewSchool()).Session.Client.GetAsync("/school")).StatusCode);
    }

    [Fact]
    public async Task ASchool_CannotUnfollowForAnotherSchool()
    {
        var organisation = await app.CertifiedOrganisation();
        var owner = await app.NewSchool();
        var other = await app.NewSchool();
        await owner.Session.Follow(organisation.KvkNumber);
        var followId = Follow.IdFor(owner.UserId, (await SchoolSupport.Query(app, s => s.LoadAsync<RegisterEntry>(organisation.AssessmentId)))!.OrganisationId);

        var response = await other.Session.Submit(await other.Session.Get("/school"), "form#follow", formAction: $"/school/follows/{followId}/remove");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(SchoolSupport.FollowRow(await owner.Session.Get("/school"), organisation.KvkNumber));
    }
}
