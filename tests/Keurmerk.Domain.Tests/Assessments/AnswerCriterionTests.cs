using Keurmerk.Domain.Assessments;

namespace Keurmerk.Domain.Tests.Assessments;

public class AnswerCriterionTests : AssessmentSpecification
{
    [Fact]
    public void Answer_InDraft_IsRecorded()
    {
        var state = Given(Started());

        var events = AssessmentDecider.Decide(state, new AnswerCriterion(KnockOut.Id, "yes", Employer, Now), Criteria);

        Assert.Equal([new CriterionAnswered(AssessmentId, KnockOut.Id, "yes", Employer, Now)], events);
    }

    [Fact]
    public void Answer_SameValueAgain_RecordsNothing()
    {
        var state = Given(Started(), new CriterionAnswered(AssessmentId, KnockOut.Id, "yes", Employer, Now));

        Assert.Empty(AssessmentDecider.Decide(state, new AnswerCriterion(KnockOut.Id, "yes", Employer, Now), Criteria));
    }

    [Fact]
    public void Answer_NotAnOption_IsRefusedAsInvalid()
    {
        var state = Given(Started());

        var refusal = Assert.Throws<DomainException>(() =>
            AssessmentDecider.Decide(state, new AnswerCriterion(KnockOut.Id, "perhaps", Employer, Now), Criteria));

        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
    }

    [Fact]
    public void Answer_UnknownCriterion_IsRefused()
    {
        var state = Given(Started());

        Assert.Throws<DomainException>(() => AssessmentDecider.Decide(state, new AnswerCriterion("XXX-99", "yes", Employer, Now), Criteria));
    }

    [Fact]
    public void Answer_CriterionForLargeEmployersOnly_IsRefusedForSme()
    {
        var largeOnly = Criteria.AllCriteria.First(c => c.AppliesTo == Keurmerk.Domain.Criteria.Applicability.Large);
        var state = Given(Started(SizeClass.Micro));

        Assert.Throws<DomainException>(() => AssessmentDecider.Decide(state, new AnswerCriterion(largeOnly.Id, "yes", Employer, Now), Criteria));
    }

    [Fact]
    public void Answer_AfterSubmission_IsRefusedAsConflict()
    {
        var state = Given([Started(), .. CompleteAnswers(), new AssessmentSubmitted(AssessmentId, 1, 100, Employer, Now)]);

        var refusal = Assert.Throws<DomainException>(() =>
            AssessmentDecider.Decide(state, new AnswerCriterion(KnockOut.Id, "no", Employer, Now), Criteria));

        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
    }
}
