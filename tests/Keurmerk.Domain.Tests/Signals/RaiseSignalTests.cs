using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Signals;

namespace Keurmerk.Domain.Tests.Signals;

public class RaiseSignalTests : SignalSpecification
{
    private static RaiseSignal Raise(string description = "Stagiair kreeg geen begeleider toegewezen.", string? contact = null,
        SignalCategory? category = SignalCategory.TreatmentDuringInternship, Guid? school = null) =>
        new(SignalId, "12345678", category, description, contact, school, Now);

    [Fact]
    public void Raise_Anonymously_AboutACertifiedOrganisation_IsRecordedWithAReference()
    {
        var events = SignalDecider.Decide(Raise(contact: "  "), Subject(Held()));

        var raised = Assert.IsType<SignalRaised>(Assert.Single(events));
        Assert.Equal(Raised(), raised);
        Assert.Matches("^SIG-[0-9A-F]{8}$", raised.Reference);
    }

    [Fact]
    public void Raise_ByASchool_RecordsTheSchoolUserAndContact()
    {
        var raised = (SignalRaised)SignalDecider.Decide(Raise(contact: " stagebureau@hhs.example ", school: School), Subject(Held()))[0];

        Assert.Equal((School, "stagebureau@hhs.example"), (raised.RaisedBySchoolUserId, raised.Contact));
    }

    [Fact]
    public void Raise_AboutASuspendedCertificate_IsRecorded()
    {
        Assert.Single(SignalDecider.Decide(Raise(), Subject(Held(AssessmentStatus.Suspended))));
    }

    [Fact]
    public void Raise_PicksTheCurrentCertificate_NotAnOldOne()
    {
        var old = new CertificateHeld(Guid.CreateVersion7(), "HSS-2024-00001", AssessmentStatus.Expired, new DateOnly(2026, 1, 1));

        var raised = (SignalRaised)SignalDecider.Decide(Raise(), Subject(old, Held()))[0];

        Assert.Equal((AssessmentId, Number), (raised.AssessmentId, raised.CertificateNumber));
    }

    [Fact]
    public void Raise_AboutAnUnknownOrganisation_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() => SignalDecider.Decide(Raise(), subject: null));

        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        Assert.Contains("12345678", refusal.Text.En);
    }

    [Theory]
    [InlineData(AssessmentStatus.Revoked)]
    [InlineData(AssessmentStatus.Expired)]
    [InlineData(AssessmentStatus.InReview)]
    public void Raise_WithoutACurrentCertificate_IsRefused(AssessmentStatus status)
    {
        var refusal = Assert.Throws<DomainException>(() => SignalDecider.Decide(Raise(), Subject(Held(status))));

        Assert.Contains("does not hold the quality mark", refusal.Text.En);
    }

    [Fact]
    public void Raise_AboutACertificatePastItsValidity_IsRefused_EvenBeforeTheExpiryJobRan()
    {
        Assert.Throws<DomainException>(() => SignalDecider.Decide(Raise(), Subject(Held(until: new DateOnly(2026, 11, 22)))));
    }

    [Fact]
    public void Raise_WithoutADescription_IsRefused()
    {
        Assert.Equal(RefusalKind.Invalid, Assert.Throws<DomainException>(() => SignalDecider.Decide(Raise(description: " "), Subject(Held()))).Kind);
    }

    [Fact]
    public void Raise_WithTooLongADescription_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            SignalDecider.Decide(Raise(description: new string('x', SignalDecider.MaxDescriptionLength + 1)), Subject(Held())));

        Assert.Contains($"at most {SignalDecider.MaxDescriptionLength}", refusal.Text.En);
    }

    [Fact]
    public void Raise_WithoutACategory_IsRefused()
    {
        Assert.Throws<DomainException>(() => SignalDecider.Decide(Raise(category: null), Subject(Held())));
    }
}
