using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Signals;

namespace Keurmerk.Domain.Tests.Signals;

/// <summary>Suspend, reinstate and revoke from a signal: events on both streams, or a refusal and none.</summary>
public class CertificateMeasureTests : SignalSpecification
{
    private const string Reason = "Signaal over begeleiding wordt onderzocht.";

    [Fact]
    public void Suspend_FromASignal_SuspendsTheCertificate_AndTheSignalRecordsIt()
    {
        var decision = SignalDecider.Decide(Open(), Certificate(), new SuspendCertificate(Reason, Assessor, Now));

        Assert.Equal([new CertificateSuspended(AssessmentId, Number, Reason, Assessor, Now)], decision.CertificateEvents);
        Assert.Equal([new SignalActionTaken(SignalId, AssessmentId, CertificateAction.Suspend, Reason, null, Assessor, Now)], decision.SignalEvents);
        Assert.Equal(AssessmentStatus.Suspended, Certificate(decision.CertificateEvents).Status);
        var signal = GivenSignal([Raised(), .. decision.SignalEvents]);
        Assert.Equal((SignalStatus.Open, true), (signal.Status, signal.SuspensionInForce));
    }

    [Fact]
    public void Reinstate_AfterSuspension_MakesTheCertificateValidAgain_AndTheSignalMayThenBeClosed()
    {
        var suspended = SignalDecider.Decide(Open(), Certificate(), new SuspendCertificate(Reason, Assessor, Now));
        var signal = GivenSignal([Raised(), .. suspended.SignalEvents]);
        var certificate = Certificate(suspended.CertificateEvents);
        Assert.Throws<DomainException>(() => SignalDecider.Decide(signal, certificate, new DismissSignal("Onderzoek afgerond.", Assessor, Now)));

        var reinstated = SignalDecider.Decide(signal, certificate, new ReinstateCertificate("Signaal bleek ongegrond.", Assessor, Now));

        Assert.Equal(AssessmentStatus.Certified, Certificate([.. suspended.CertificateEvents, .. reinstated.CertificateEvents]).Status);
        var after = GivenSignal([Raised(), .. suspended.SignalEvents, .. reinstated.SignalEvents]);
        Assert.Single(SignalDecider.Decide(after, Certificate([.. suspended.CertificateEvents, .. reinstated.CertificateEvents]),
            new DismissSignal("Onderzoek afgerond, voldoet.", Assessor, Now)));
    }

    [Fact]
    public void Revoke_FromASignal_RevokesWithThePublicReason_AndClosesTheSignal()
    {
        var decision = SignalDecider.Decide(Open(), Certificate(),
            new RevokeCertificate(RevocationReason.StandardNotMet, "Geen begeleiding, herhaaldelijk.", Assessor, Now));

        var revoked = Assert.IsType<CertificateRevoked>(Assert.Single(decision.CertificateEvents));
        Assert.Equal(RevocationReason.StandardNotMet, revoked.PublicReason);
        Assert.Equal(RevocationReason.StandardNotMet, Assert.IsType<SignalActionTaken>(Assert.Single(decision.SignalEvents)).PublicReason);
        Assert.Equal(SignalStatus.Closed, GivenSignal([Raised(), .. decision.SignalEvents]).Status);
    }

    [Fact]
    public void Suspend_AnExpiredCertificate_IsRefused_AndNothingIsDecided()
    {
        var expired = Certificate(new CertificateExpired(AssessmentId, Number, ValidUntil.AddDays(1), Now));

        var refusal = Assert.Throws<DomainException>(() => SignalDecider.Decide(Open(), expired, new SuspendCertificate(Reason, Assessor, Now)));

        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.DoesNotContain(SignalTriage.Suspend, SignalDecider.Permitted(Open(), expired.Status));
    }

    [Fact]
    public void Reinstate_ARevokedCertificate_IsRefused()
    {
        var revoked = Certificate(new CertificateRevoked(AssessmentId, Number, RevocationReason.Misrepresentation, "Onjuiste informatie.", Assessor, Now));

        var refusal = Assert.Throws<DomainException>(() =>
            SignalDecider.Decide(Open(), revoked, new ReinstateCertificate("Toch weer geldig maken.", Assessor, Now)));

        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.Empty(SignalDecider.Permitted(Open(), revoked.Status).Intersect([SignalTriage.Reinstate, SignalTriage.Suspend, SignalTriage.Revoke]));
    }

    [Fact]
    public void Measure_OnAClosedSignal_IsRefused()
    {
        var closed = GivenSignal(Raised(), new SignalDismissed(SignalId, "Geen aanwijzingen gevonden.", Assessor, Now));

        Assert.Equal(RefusalKind.Conflict, Assert.Throws<DomainException>(() =>
            SignalDecider.Decide(closed, Certificate(), new SuspendCertificate(Reason, Assessor, Now))).Kind);
    }
}
