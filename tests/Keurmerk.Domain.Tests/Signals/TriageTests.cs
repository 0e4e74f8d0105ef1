using Keurmerk.Domain.Signals;

namespace Keurmerk.Domain.Tests.Signals;

public class TriageTests : SignalSpecification
{
    [Fact]
    public void Dismiss_OpenSignal_ClosesIt()
    {
        var events = SignalDecider.Decide(Open(), Certificate(), new DismissSignal(" Geen aanwijzingen gevonden. ", Assessor, Now));

        Assert.Equal([new SignalDismissed(SignalId, "Geen aanwijzingen gevonden.", Assessor, Now)], events);
        Assert.Equal(SignalStatus.Closed, GivenSignal([Raised(), .. events]).Status);
    }

    [Fact]
    public void Dismiss_AlreadyClosedSignal_IsRefusedAsConflict()
    {
        var state = GivenSignal(Raised(), new SignalDismissed(SignalId, "Geen aanwijzingen gevonden.", Assessor, Now));

        var refusal = Assert.Throws<DomainException>(() =>
            SignalDecider.Decide(state, Certificate(), new DismissSignal("Nogmaals sluiten, per ongeluk.", Assessor, Now)));

        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.Contains("already been closed", refusal.Text.En);
    }

    [Fact]
    public void Dismiss_WithoutAReason_IsRefused()
    {
        Assert.Equal(RefusalKind.Invalid, Assert.Throws<DomainException>(() =>
            SignalDecider.Decide(Open(), Certificate(), new DismissSignal("nee", Assessor, Now))).Kind);
    }

    [Fact]
    public void AskEmployer_ThenRespond_ReopensTheSignal()
    {
        var asked = SignalDecider.Decide(Open(), new RequestEmployerResponse("Hoe is de begeleiding geregeld?", Assessor, Now));
        var state = GivenSignal([Raised(), .. asked]);
        Assert.Equal(SignalStatus.AwaitingResponse, state.Status);

        var responded = SignalDecider.Decide(state, new RespondToSignal(OrganisationId, "Elke stagiair heeft een vaste begeleider.", Employer, Now));

        Assert.Equal([new EmployerResponded(SignalId, "Elke stagiair heeft een vaste begeleider.", Employer, Now)], responded);
        Assert.Equal(SignalStatus.Open, GivenSignal([Raised(), .. asked, .. responded]).Status);
    }

    [Fact]
    public void AskEmployer_WhileAQuestionIsOpen_IsRefused()
    {
        var state = GivenSignal(Raised(), new EmployerResponseRequested(SignalId, "Hoe is de begeleiding geregeld?", Assessor, Now));

        Assert.Equal(RefusalKind.Conflict, Assert.Throws<DomainException>(() =>
            SignalDecider.Decide(state, new RequestEmployerResponse("Nog een vraag?", Assessor, Now))).Kind);
    }

    [Fact]
    public void Respond_ByAnotherOrganisation_IsForbidden()
    {
        var state = GivenSignal(Raised(), new EmployerResponseRequested(SignalId, "Hoe is de begeleiding geregeld?", Assessor, Now));

        Assert.Equal(RefusalKind.Forbidden, Assert.Throws<DomainException>(() =>
            SignalDecider.Decide(state, new RespondToSignal(Guid.CreateVersion7(), "Wij zijn het niet.", Employer, Now))).Kind);
    }

    [Fact]
    public void Respond_WithoutAnOpenQuestion_IsRefused()
    {
        Assert.Equal(RefusalKind.Conflict, Assert.Throws<DomainException>(() =>
            SignalDecider.Decide(Open(), new RespondToSignal(OrganisationId, "Ongevraagd antwoord.", Employer, Now))).Kind);
    }

    [Fact]
    public void Permitted_OpenSignalOnACertifiedCertificate_OffersEverythingButReinstate()
    {
        Assert.Equal(
            [SignalTriage.Dismiss, SignalTriage.AskEmployer, SignalTriage.Suspend, SignalTriage.Revoke],
            SignalDecider.Permitted(Open(), Keurmerk.Domain.Assessments.AssessmentStatus.Certified).Order());
    }

    [Fact]
    public void Permitted_ClosedSignal_OffersNothing()
    {
        var state = GivenSignal(Raised(), new SignalDismissed(SignalId, "Geen aanwijzingen gevonden.", Assessor, Now));

        Assert.Empty(SignalDecider.Permitted(state, Keurmerk.Domain.Assessments.AssessmentStatus.Certified));
    }
}
