using AngleSharp.Dom;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Register;
using Keurmerk.Audits.Schools;
using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Web.Infrastructure.Demo;
using Keurmerk.Web.Tests.Register;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace Keurmerk.Web.Tests.Schools;

public sealed record School(WebSession Session, Guid UserId, string Email);

public sealed record CertifiedOrganisation(string Name, string KvkNumber, Guid AssessmentId, string CertificateNumber);

/// <summary>Schools, followed organisations and webhooks, set up through the app's own pages and decisions.</summary>
public static class SchoolSupport
{
    public const string DemoSchool = "stagebureau@hhs.demo";

    /// <summary>A school account of the test's own, so what it follows and receives is not shared with other tests.</summary>
    public static async Task<School> NewSchool(this AppFixture app)
    {
        var email = $"stagebureau-{Employers.UniqueSuffix()}@school.example";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var created = await users.CreateAsync(new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = "Stagebureau Testschool",
                Roles = [Roles.School],
            }, DemoData.Password);
            Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        }
        var user = await Query(app, s => s.Query<AppUser>().SingleAsync(u => u.Email == email));
        return new School(await app.LoggedIn(email), user.Id, email);
    }

    /// <summary>An organisation with a certificate decided at that moment (now, unless said otherwise), through the real decisions.</summary>
    public static async Task<CertifiedOrganisation> CertifiedOrganisation(this AppFixture app, DateTimeOffset? decidedAt = null)
    {
        var organisation = new DemoOrganisation($"Stagebedrijf {Employers.UniqueSuffix()} B.V.", Employers.NewKvkNumber(),
            SizeClass.Small, "ict", "Den Haag", "Nadia Bouzid", "nadia@stagebedrijf.example");
        var number = await app.Certify(organisation, decidedAt ?? app.Clock.GetUtcNow());
        var entry = await Query(app, s => s.Query<RegisterEntry>().SingleAsync(r => r.CertificateNumber == number));
        return new CertifiedOrganisation(organisation.Name, organisation.KvkNumber, entry.Id, number);
    }

    public static async Task<HttpResponseMessage> Follow(this WebSession school, string kvk)
    {
        var page = await school.Get("/school");
        return await school.Submit(page, "form#follow", new Dictionary<string, string> { ["kvk"] = kvk });
    }

    /// <summary>Registers a webhook and reads the secret from the one page that shows it.</summary>
    public static async Task<string> RegisterWebhook(this WebSession school, string url)
    {
        var response = await school.PostWebhook(url);
        var page = await WebSession.Parse(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Registering {url}: {response.StatusCode} {Employers.Errors(page)}");
        return page.QuerySelector(".webhook-secret")!.TextContent.Trim();
    }

    public static async Task<HttpResponseMessage> PostWebhook(this WebSession school, string url)
    {
        var page = await school.Get("/school");
        return await school.Submit(page, "form#register-webhook", new Dictionary<string, string> { ["url"] = url });
    }

    public static IElement? FollowRow(IDocument schoolPage, string kvk) => schoolPage.QuerySelector($"table.follows tr[data-kvk='{kvk}']");

    public static async Task Suspend(this AppFixture app, Guid assessmentId)
    {
        var assessor = await Query(app, s => s.Query<AppUser>().SingleAsync(u => u.Email == Certification.AssessorA));
        await using var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        await session.Decide(assessmentId, null, state => CertificateDecider.Decide(state,
            new SuspendCertificate("Een melding over uitsluiting van stagiairs wordt onderzocht.", assessor.Id, app.Clock.GetUtcNow())));
    }

    public static Task<IReadOnlyList<WebhookDelivery>> Deliveries(this AppFixture app, Guid schoolUserId) =>
        Query(app, s => s.Query<WebhookDelivery>().Where(d => d.SchoolUserId == schoolUserId).ToListAsync());

    public static async Task<T> Query<T>(AppFixture app, Func<IQuerySession, Task<T>> query)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await query(session);
    }
}
