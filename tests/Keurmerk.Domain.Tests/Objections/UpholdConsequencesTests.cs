using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Objections;

namespace Keurmerk.Domain.Tests.Objections;

/// <summary>What an upheld objection changes on the assessment itself.</summary>
public class UpholdConsequencesTests : ObjectionSpecification
{
    private static readonly DateTimeOffset Later = DecidedAt.AddDays(14);
    private static readonly UpholdObjection Uphold = new("De melding bleek onjuist.", Handler, Later);

    private static Objection Against(ObjectionAgainst against, Guid decidedBy) =>
        GivenObjection(Lodged(against, decidedBy), new ObjectionTaken(ObjectionId, Handler, Later));

    [Fact]
    public void UpholdingASuspension_ReinstatesTheCertificate()
    {
        var assessment = Given([.. Certified(), Suspension()]);

        var consequences = ObjectionDecider.ConsequencesOfUpholding(Against(ObjectionAgainst.Suspension, Suspender), assessment, Uphold);

        var reinstated = Assert.IsType<CertificateReinstated>(Assert.Single(consequences));
        Assert.Equal((Handler, Later), (reinstated.ReinstatedBy, reinstated.ReinstatedAt));
        Assert.Contains("De melding bleek onjuist.", reinstated.Reason);
        Assert.Equal(AssessmentStatus.Certified, Apply(assessment, reinstated).Status);
    }

    [Fact]
    public void UpholdingASuspension_AfterTheCertificateWasRevoked_ChangesNothingOnTheAssessment()
    {
        var assessment = Given([.. Certified(), Suspension(), Revocation()]);

        Assert.Empty(ObjectionDecider.ConsequencesOfUpholding(Against(ObjectionAgainst.Suspension, Suspender), assessment, Uphold));
    }

    [Fact]
    public void UpholdingASuspension_AfterValidityEnded_ChangesNothingOnTheAssessment()
    {
        var assessment = Given([.. Certified(), Suspension()]);
        var afterValidity = Uphold with { Now = new DateTimeOffset(2028, 12, 1, 9, 0, 0, TimeSpan.Zero) };

        Assert.Empty(ObjectionDecider.ConsequencesOfUpholding(Against(ObjectionAgainst.Suspension, Suspender), assessment, afterValidity));
    }

    [Fact]
    public void UpholdingAnEarlierSuspension_DoesNotLiftALaterOne()
    {
        var assessment = Given([.. Certified(), Suspension(),
            new CertificateReinstated(AssessmentId, "HSS-2026-00042", "Onderzoek afgerond.", Suspender, DecidedAt.AddDays(5)),
            Suspension(DecidedAt.AddDays(10))]);

        Assert.Empty(ObjectionDecider.ConsequencesOfUpholding(Against(ObjectionAgainst.Suspension, Suspender), assessment, Uphold));
    }

    [Theory]
    [InlineData(ObjectionAgainst.Rejection)]
    [InlineData(ObjectionAgainst.Revocation)]
    public void UpholdingARejectionOrRevocation_OnlyRecordsTheOutcome(ObjectionAgainst against)
    {
        var assessment = against == ObjectionAgainst.Rejection ? Given(Rejected()) : Given([.. Certified(), Revocation()]);

        Assert.Empty(ObjectionDecider.ConsequencesOfUpholding(Against(against, Decider), assessment, Uphold));
    }
}
