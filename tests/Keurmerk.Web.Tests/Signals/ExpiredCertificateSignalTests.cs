using Keurmerk.Audits.Assessments;
using Keurmerk.Web.Infrastructure.Jobs;
using Keurmerk.Web.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace Keurmerk.Web.Tests.Signals;

/// <summary>A class of its own: it moves the clock past a certificate's validity.</summary>
public class ExpiredCertificateSignalTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Suspend_AnExpiredCertificate_Is409_WithTheMessage_AndNothingIsAppended()
    {
        var certified = await app.CertifyNewEmployer();
        var reference = await app.NewSession().RaiseSignal(certified.Employer.KvkNumber);
        DateOnly until;
        await using (var query = app.Services.GetRequiredService<IDocumentStore>().QuerySession())
            until = (await query.LoadAsync<AssessmentDetails>(certified.AssessmentId))!.ValidUntil!.Value;
        app.Clock.SetUtcNow(new DateTimeOffset(until.AddDays(2).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        await app.Services.GetRequiredService<CertificateJobs>().ExpireDue();
        var signal = await app.SignalByReference(reference);
        var assessor = await app.LoggedIn(Certification.AssessorA);
        Assert.Null((await assessor.Get($"/signals/{signal.Id}")).QuerySelector("#suspend"));
        var before = (await app.StreamVersion(signal.Id), await app.StreamVersion(certified.AssessmentId));

        var response = await assessor.ForceTriage(signal, "suspend", new() { ["reason"] = "Signaal na afloop binnengekomen." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Alleen een geldig certificaat kan worden geschorst", SignalTestSupport.Error(await WebSession.Parse(response)));
        Assert.Equal(before, (await app.StreamVersion(signal.Id), await app.StreamVersion(certified.AssessmentId)));
        Assert.Equal("expired", await app.RegisterStatus(certified.Employer.KvkNumber));
    }
}
