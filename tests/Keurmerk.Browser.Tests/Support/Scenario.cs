using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Signals;
using Keurmerk.Browser.Tests.Pages;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace Keurmerk.Browser.Tests.Support;

/// <summary>
/// What the page checks look at, set up once per run through the app's own pages over HTTP (fast, no browser):
/// a certified employer whose certificate is suspended after a signal, an assessment in review, and the demo data.
/// Fills the placeholders of <see cref="SitePages"/>.
/// </summary>
public sealed class Scenario
{
    public const string DemoEmployer = "werkgever@korrel.demo";
    public const string DemoSchool = "stagebureau@hhs.demo";
    public const string Admin = "beheer@keurmerk.demo";

    private readonly Dictionary<string, string> _values = [];

    public required Employer CertifiedEmployer { get; init; }

    public string Fill(string path)
    {
        foreach (var (key, value) in _values) path = path.Replace("{" + key + "}", value, StringComparison.Ordinal);
        if (path.Contains('{', StringComparison.Ordinal)) throw new InvalidOperationException($"No value for a placeholder in {path}");
        return path;
    }

    public (string Email, string Password)? Account(Role role) => role switch
    {
        Role.Public => null,
        Role.Employer => (DemoEmployer, Web.Infrastructure.Demo.DemoData.Password),
        Role.CertifiedEmployer => (CertifiedEmployer.Email, CertifiedEmployer.Password),
        Role.Assessor => (Certification.AssessorA, Web.Infrastructure.Demo.DemoData.Password),
        Role.School => (DemoSchool, Web.Infrastructure.Demo.DemoData.Password),
        Role.Admin => (Admin, Web.Infrastructure.Demo.DemoData.Password),
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static async Task<Scenario> Build(AppFixture app)
    {
        var certified = await app.CertifyNewEmployer();
        var (_, inReview) = await app.SubmittedAssessment();
        var assessor = await app.LoggedIn(Certification.AssessorA);
        var review = await assessor.Get($"/review/{inReview}");
        Assert.Equal(HttpStatusCode.Redirect, (await assessor.Submit(review, $"form[action='/review/{inReview}/take']")).StatusCode);

        var student = app.NewSession();
        var signalForm = await student.Get("/signals/new");
        Assert.Equal(HttpStatusCode.Redirect, (await student.Submit(signalForm, "#signal-form", new Dictionary<string, string>
        {
            ["Kvk"] = certified.Employer.KvkNumber,
            ["Category"] = "TreatmentDuringInternship",
            ["Description"] = "De stagiair kreeg in drie maanden geen begeleider toegewezen.",
            ["Contact"] = "",
        })).StatusCode);

        Guid signalId, draftId;
        await using (var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            signalId = (await session.Query<SignalDetails>().SingleAsync(s => s.KvkNumber == certified.Employer.KvkNumber)).Id;
            draftId = (await session.Query<AssessmentDetails>().FirstAsync(a => a.KvkNumber == Employers.DemoKvkNumber)).Id;
        }
        var signalPage = await assessor.Get($"/signals/{signalId}");
        Assert.Equal(HttpStatusCode.Redirect, (await assessor.Submit(signalPage, "#suspend",
            new Dictionary<string, string> { ["reason"] = "Het signaal over de begeleiding wordt onderzocht." })).StatusCode);

        var school = await app.LoggedIn(DemoSchool);
        var schoolPage = await school.Get("/school");
        Assert.Equal(HttpStatusCode.Redirect, (await school.Submit(schoolPage, "#follow",
            new Dictionary<string, string> { ["kvk"] = certified.Employer.KvkNumber })).StatusCode);

        var scenario = new Scenario { CertifiedEmployer = certified.Employer };
        scenario._values["draft"] = draftId.ToString();
        scenario._values["certified"] = certified.AssessmentId.ToString();
        scenario._values["certificate"] = certified.CertificateNumber;
        scenario._values["inReview"] = inReview.ToString();
        scenario._values["signal"] = signalId.ToString();
        scenario._values["firstSection"] = app.Criteria().Sections[0].Id;
        return scenario;
    }
}
