using Keurmerk.Web.Features.AuditLog;
using Keurmerk.Web.Tests.Signals;
using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.AuditLog;

/// <summary>The audit log reads as actions: one line each, in the reader's language, linked to the streams it belongs with.</summary>
public class AuditLogLinesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task SuspensionAndReinstatementOnASignal_AreOneLineEach_LinkedToTheSignalAndTheAssessment()
    {
        var certified = await app.CertifyNewEmployer();
        var reference = await app.NewSession().RaiseSignal(certified.Employer.KvkNumber);
        var signal = await app.SignalByReference(reference);
        var assessor = await app.LoggedIn(Certification.AssessorA);
        Assert.Equal(HttpStatusCode.Redirect, (await assessor.Triage(signal.Id, "suspend", new() { ["reason"] = "Signaal over begeleiding wordt onderzocht." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await assessor.Triage(signal.Id, "reinstate", new() { ["reason"] = "Begeleiding is aantoonbaar geregeld." })).StatusCode);

        var log = await assessor.Get($"/audit?Organisation={certified.Employer.KvkNumber}");
        var rows = log.QuerySelectorAll("table.audit-log tbody tr").ToList();
        var suspensions = rows.Where(r => r.TextContent.Contains("geschorst", StringComparison.OrdinalIgnoreCase)).ToList();
        var reinstatements = rows.Where(r => r.TextContent.Contains("Schorsing opgeheven")).ToList();

        Assert.Single(suspensions);
        Assert.Single(reinstatements);
        Assert.DoesNotContain(rows, r => r.GetAttribute("data-event") == "signal_action_taken");
        var links = suspensions[0].QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/signals/{signal.Id}", links);
        Assert.Contains($"/assessments/{certified.AssessmentId}/history", links);
        // The signal's own line links back to the signal too.
        var raised = rows.Single(r => r.GetAttribute("data-event") == "signal_raised");
        Assert.Contains($"/signals/{signal.Id}", raised.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")));

        // Asked for by name, the signal's mirror of the measure is still there: nothing is hidden from the log.
        var mirror = await assessor.Get("/audit?EventType=signal_action_taken");
        Assert.NotEmpty(mirror.QuerySelectorAll("table.audit-log tbody tr"));
    }

    [Fact]
    public async Task EventTypes_ReadInDutch_ForEveryTypeTheStoreKnows()
    {
        await app.SubmittedAssessment();
        var assessor = await app.LoggedIn(Certification.AssessorA);
        var log = await assessor.Get("/audit");
        var submitted = log.QuerySelectorAll("#EventType option").Single(o => o.GetAttribute("value") == "assessment_submitted");
        Assert.Equal("Ingediend", submitted.TextContent.Trim());
        // Every type in the store (the demo data has certified, suspended and expired ones) has a name of its own.
        var types = log.QuerySelectorAll("#EventType option").Select(o => o.GetAttribute("value")!).Where(v => v.Length > 0).ToList();
        Assert.True(types.Count > 8, $"only {types.Count} event types in the store");
        Assert.DoesNotContain(types, t => !EventTypeNames.IsKnown(t));
    }
}
