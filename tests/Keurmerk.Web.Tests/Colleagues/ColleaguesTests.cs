using AngleSharp.Dom;
using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Users;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Keurmerk.Web.Tests.Colleagues;

/// <summary>An organisation has more than one person: invitations by e-mail, their own data, deleting an account.</summary>
public partial class ColleaguesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [GeneratedRegex(@"/invitations/[0-9a-f-]{36}\?token=[A-Za-z0-9_-]+")]
    private static partial Regex InvitationLink();

    private async Task<Notification> InvitationMail(string email)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<Notification>().SingleAsync(n => n.To == email && n.Kind == "invitation");
    }

    private static Task<HttpResponseMessage> Invite(WebSession session, IDocument page, string name, string email) =>
        session.Submit(page, "#invite", new Dictionary<string, string> { ["Name"] = name, ["Email"] = email });

    private async Task<(Employer Employer, string ColleagueEmail, WebSession Colleague)> EmployerWithColleague()
    {
        var employer = await app.SignUpNewEmployer();
        var email = $"stagebegeleider-{Employers.UniqueSuffix()}@testbedrijf.example";
        var people = await employer.Session.Get("/organisation/people");
        Assert.Equal(HttpStatusCode.Redirect, (await Invite(employer.Session, people, "Sanne de Vries", email)).StatusCode);

        var link = InvitationLink().Match((await InvitationMail(email)).Body).Value;
        var colleague = app.NewSession();
        var accept = await colleague.Get(link);
        var accepted = await colleague.Submit(accept, "#accept", new Dictionary<string, string> { ["Name"] = "Sanne de Vries", ["Password"] = Employers.Password });
        Assert.Equal("/assessments", Employers.RedirectPath(accepted));
        return (employer, email, colleague);
    }

    [Fact]
    public async Task InvitedColleague_GetsALinkByMail_AndHerOwnLoginInTheSameOrganisation()
    {
        var (employer, email, colleague) = await EmployerWithColleague();

        // The same assessment, seen by both; and she can log in by herself later.
        var id = await employer.StartAssessment();
        Assert.Equal(HttpStatusCode.OK, (await colleague.Client.GetAsync($"/assessments/{id}")).StatusCode);
        await app.NewSession().LogIn(email, Employers.Password);
        var people = await employer.Session.Get("/organisation/people");
        Assert.Contains("Sanne de Vries", people.QuerySelector("#people")!.TextContent);

        // The link works once.
        var link = InvitationLink().Match((await InvitationMail(email)).Body).Value;
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewSession().Client.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task Invitation_WithAWrongToken_OrAfterFourteenDays_OrToAnExistingAccount_IsRefused()
    {
        var employer = await app.SignUpNewEmployer();
        var email = $"hr-{Employers.UniqueSuffix()}@testbedrijf.example";
        var people = await employer.Session.Get("/organisation/people");
        await Invite(employer.Session, people, "Ahmed Yilmaz", email);
        var link = InvitationLink().Match((await InvitationMail(email)).Body).Value;

        Assert.Equal(HttpStatusCode.NotFound, (await app.NewSession().Client.GetAsync(link[..^3] + "xyz")).StatusCode);
        var existing = await Invite(employer.Session, await employer.Session.Get("/organisation/people"), "Ik zelf", employer.Email);
        Assert.Equal(HttpStatusCode.BadRequest, existing.StatusCode);
        Assert.Contains("al een account", (await WebSession.Parse(existing)).QuerySelector("#form-error")!.TextContent);
        var bad = await Invite(employer.Session, await employer.Session.Get("/organisation/people"), "Iemand", "geen-adres");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await app.NewSession().Client.GetAsync(link)).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(15));
        var expired = await app.NewSession().Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.NotNull((await WebSession.Parse(expired)).QuerySelector("#invitation-invalid"));
    }

    [Fact]
    public async Task DataDownload_HoldsTheOrganisationItsPeopleAndAssessments_AsJsonAndAsAPage()
    {
        var (employer, email, _) = await EmployerWithColleague();
        var id = await employer.StartAssessment();

        var response = await employer.Session.Client.GetAsync("/organisation/data.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(employer.KvkNumber, root.GetProperty("organisation").GetProperty("kvkNumber").GetString());
        var people = root.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("email").GetString()).ToList();
        Assert.Contains(employer.Email, people);
        Assert.Contains(email, people);
        Assert.Equal(id, root.GetProperty("assessments")[0].GetProperty("id").GetGuid());
        Assert.Contains(root.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "assessment_started");
        Assert.DoesNotContain("passwordHash", root.ToString(), StringComparison.OrdinalIgnoreCase);

        var page = await employer.Session.Get("/organisation/data");
        Assert.Contains(employer.KvkNumber, page.QuerySelector("#data-organisation")!.TextContent);
        Assert.Contains(email, page.QuerySelector("#data-people")!.TextContent);

        // Another organisation's people are not in it.
        var other = await app.SignUpNewEmployer();
        Assert.DoesNotContain(other.Email, await (await employer.Session.Client.GetAsync("/organisation/data.json")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeletingAColleaguesAccount_ErasesNameEmailAndPassword_TheHistoryKeepsAPseudonymousActor()
    {
        var (employer, email, colleague) = await EmployerWithColleague();
        var id = await employer.StartAssessment();
        var section = app.Criteria().Sections[0];
        var criterion = section.Criteria.First(c => c.AppliesToSize(employer.Size));
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.SaveSection(id, section.Id,
            new Dictionary<string, string> { [criterion.Id] = Employers.PassingAnswers(section, employer.Size)[criterion.Id] })).StatusCode);

        Guid colleagueId;
        await using (var query = app.Services.GetRequiredService<IDocumentStore>().QuerySession())
            colleagueId = (await query.Query<AppUser>().SingleAsync(u => u.Email == email)).Id;
        var people = await employer.Session.Get("/organisation/people");
        var unconfirmed = await employer.Session.Submit(people, $"form[action='/organisation/people/{colleagueId}/delete']");
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        var deleted = await employer.Session.Submit(people, $"form[action='/organisation/people/{colleagueId}/delete']", new Dictionary<string, string> { ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        await using (var query = app.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            var erased = await query.LoadAsync<AppUser>(colleagueId);
            Assert.NotNull(erased!.DeletedAt);
            Assert.Null(erased.PasswordHash);
            Assert.DoesNotContain("Sanne", erased.DisplayName);
            Assert.False(await query.Query<AppUser>().AnyAsync(u => u.Email == email));
            Assert.False(await query.Query<Notification>().AnyAsync(n => n.To == email));
        }
        var history = await employer.Session.History(id);
        Assert.Contains(history, line => line.Actor == "Verwijderde gebruiker" && line.What.Contains(criterion.Id));
        Assert.DoesNotContain(history, line => line.Actor.Contains("Sanne"));

        // The last account of an organisation cannot delete itself: nobody would be left to answer.
        var self = await employer.Session.Get("/organisation/people");
        var myId = self.QuerySelectorAll("#people tr[data-person]").Single().GetAttribute("data-person");
        var last = await employer.Session.Submit(self, $"form[action='/organisation/people/{myId}/delete']", new Dictionary<string, string> { ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Conflict, last.StatusCode);
    }
}
