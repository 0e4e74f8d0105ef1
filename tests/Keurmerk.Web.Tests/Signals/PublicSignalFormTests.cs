using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Signals;

/// <summary>Raising a signal: no account and no name needed, only about organisations that hold the quality mark.</summary>
public class PublicSignalFormTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string School = "stagebureau@hhs.demo";

    [Fact]
    public async Task AnonymousReport_WithoutAName_GetsAReference_AndLandsInTheAssessorQueue()
    {
        var certified = await app.CertifyNewEmployer();
        var visitor = app.NewSession();

        // From the certificate check, the way a student finds the form.
        var verify = await visitor.Get($"/verify/{certified.CertificateNumber}");
        var link = verify.QuerySelector("#raise-signal a")!.GetAttribute("href")!;
        var form = await visitor.Get(link);
        Assert.Equal(certified.Employer.KvkNumber, form.QuerySelector("#Kvk")!.GetAttribute("value"));
        Assert.Contains(certified.Employer.OrganisationName, form.QuerySelector("#subject")!.TextContent);

        var reference = await visitor.RaiseSignal(certified.Employer.KvkNumber);

        Assert.Matches("^SIG-[0-9A-F]{8}$", reference);
        var signal = await app.SignalByReference(reference);
        Assert.Equal((null, null, certified.AssessmentId), (signal.Contact, signal.RaisedBySchoolUserId, signal.AssessmentId));
        var queue = await (await app.LoggedIn(Certification.AssessorA)).Get("/signals");
        var row = queue.QuerySelector($"#signal-queue tr[data-signal='{signal.Id}']")!;
        Assert.Contains(reference, row.TextContent);
        Assert.Contains(certified.Employer.OrganisationName, row.TextContent);
        Assert.Contains(await app.Mail(Certification.AssessorA), n => n.Kind == "signal-raised" && n.Subject.Contains(reference));
    }

    [Fact]
    public async Task TheQueue_ListsTheOldestOpenSignalFirst()
    {
        var certified = await app.CertifyNewEmployer();
        var first = await app.NewSession().RaiseSignal(certified.Employer.KvkNumber);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await app.NewSession().RaiseSignal(certified.Employer.KvkNumber);

        var queue = await (await app.LoggedIn(Certification.AssessorB)).Get("/signals");
        var references = queue.QuerySelectorAll("#signal-queue tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

        Assert.True(references.IndexOf(first) < references.IndexOf(second), string.Join(", ", references));
    }

    [Fact]
    public async Task ASchoolAccount_UsesTheSameForm_AndIsRecorded()
    {
        var certified = await app.CertifyNewEmployer();
        var school = await app.LoggedIn(School);

        var reference = await school.RaiseSignal(certified.Employer.KvkNumber);

        var signal = await app.SignalByReference(reference);
        Assert.NotNull(signal.RaisedBySchoolUserId);
        // The school that reported with its account hears when the signal is closed.
        var assessor = await app.LoggedIn(Certification.AssessorA);
        Assert.Equal(HttpStatusCode.Redirect, (await assessor.Triage(signal.Id, "dismiss", new() { ["reason"] = "Geen aanwijzingen gevonden." })).StatusCode);
        Assert.Contains(await app.Mail(School), n => n.Kind == "signal-closed" && n.Subject.Contains(reference));
    }

    [Fact]
    public async Task AnUnknownKvkNumber_Is404_WithAClearMessage_AndNothingIsStored()
    {
        var kvk = Employers.NewKvkNumber();

        var response = await app.NewSession().PostSignal(SignalTestSupport.Report(kvk));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"geen organisatie met KvK-nummer {kvk}", SignalTestSupport.Error(await WebSession.Parse(response)));
        Assert.Equal(0, await app.SignalCount(kvk));
    }

    [Fact]
    public async Task AnOrganisationWithoutACertificate_Is400_WithAClearMessage_AndNothingIsStored()
    {
        var (employer, _) = await app.SubmittedAssessment();

        var response = await app.NewSession().PostSignal(SignalTestSupport.Report(employer.KvkNumber));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("heeft op dit moment geen keurmerk", SignalTestSupport.Error(await WebSession.Parse(response)));
        Assert.Equal(0, await app.SignalCount(employer.KvkNumber));
    }

    [Theory]
    [InlineData("1234", "TreatmentDuringInternship", "Er gebeurde iets.", "8 cijfers")]
    [InlineData(null, "TreatmentDuringInternship", "   ", "Beschrijf wat er is gebeurd")]
    [InlineData(null, "", "Er gebeurde iets.", "Kies waar het signaal over gaat")]
    public async Task AnIncompleteReport_Is400_AndNothingIsStored(string? kvk, string category, string description, string message)
    {
        var certified = await app.CertifyNewEmployer();

        var response = await app.NewSession().PostSignal(SignalTestSupport.Report(kvk ?? certified.Employer.KvkNumber, category, description));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, SignalTestSupport.Error(await WebSession.Parse(response)));
        Assert.Equal(0, await app.SignalCount(certified.Employer.KvkNumber));
    }

    [Fact]
    public async Task AnEmployer_CannotSeeTheSignalQueue()
    {
        var certified = await app.CertifyNewEmployer();
        var reference = await app.NewSession().RaiseSignal(certified.Employer.KvkNumber);
        var signal = await app.SignalByReference(reference);

        foreach (var url in new[] { "/signals", $"/signals/{signal.Id}" })
        {
            var response = await certified.Employer.Session.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/denied", response.Headers.Location!.ToString());
        }
    }
}
