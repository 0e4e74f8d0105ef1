using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;

namespace Keurmerk.Domain.Tests.Assessments;

public class SubmitAssessmentTests : AssessmentSpecification
{
    private static readonly SubmitAssessment Submit = new(Employer, Now);

    [Fact]
    public void Submit_WhenComplete_IsRecordedWithScore()
    {
        var state = Given([Started(), .. CompleteAnswers()]);

        var events = AssessmentDecider.Decide(state, Submit, Criteria);

        Assert.Equal([new AssessmentSubmitted(AssessmentId, 1, 100, Employer, Now)], events);
    }

    [Fact]
    public void Submit_WhenKnockOutUnmet_IsRefused()
    {
        var state = Given([Started(), .. CompleteAnswers(), new CriterionAnswered(AssessmentId, KnockOut.Id, "no", Employer, Now)]);

        var refusal = Assert.Throws<DomainException>(() => AssessmentDecider.Decide(state, Submit, Criteria));

        Assert.Contains(KnockOut.Id, refusal.Text.Nl);
        Assert.Contains(KnockOut.Id, refusal.Text.En);
    }

    [Fact]
    public void Submit_WhenRequiredEvidenceMissing_IsRefused()
    {
        var withoutEvidence = CompleteAnswers().Where(e => e is not EvidenceAttached).ToArray();
        var state = Given([Started(), .. withoutEvidence]);

        var refusal = Assert.Throws<DomainException>(() => AssessmentDecider.Decide(state, Submit, Criteria));

        Assert.Contains("evidence", refusal.Text.En);
    }

    [Fact]
    public void Submit_WhenAnswersMissing_IsRefused()
    {
        Assert.Throws<DomainException>(() => AssessmentDecider.Decide(Given(Started()), Submit, Criteria));
    }

    [Fact]
    public void Submit_Twice_IsRefusedAsConflict()
    {
        var state = Given([Started(), .. CompleteAnswers(), new AssessmentSubmitted(AssessmentId, 1, 100, Employer, Now)]);

        var refusal = Assert.Throws<DomainException>(() => AssessmentDecider.Decide(state, Submit, Criteria));

        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
    }

    [Fact]
    public void Start_PinsTheCriteriaVersion()
    {
        var started = (AssessmentStarted)AssessmentDecider.Decide(
            new StartAssessment(AssessmentId, Guid.CreateVersion7(), "X", "11223344", "Den Haag", "ict", SizeClass.Large, Employer, Now), Criteria)[0];

        Assert.Equal(Criteria.Version, started.CriteriaVersion);
        Assert.Equal(AssessmentStatus.Draft, Assessment.Evolve(null, started)!.Status);
    }
}
