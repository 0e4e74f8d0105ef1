using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;

namespace Keurmerk.Domain.Tests.Assessments;

public class ReviewTests : AssessmentSpecification
{
    private static readonly Guid Reviewer = Guid.CreateVersion7();
    private static readonly Guid SecondAssessor = Guid.CreateVersion7();

    private static object[] Submitted() => [Started(), .. CompleteAnswers(), new AssessmentSubmitted(AssessmentId, 1, 100, Employer, Now)];

    private static object[] InReview() => [.. Submitted(), new ReviewStarted(AssessmentId, 1, Reviewer, Now)];

    private static object[] AllAccepted(int round = 1) => Criteria.ApplicableTo(SizeClass.Small)
        .Select(c => (object)new CriterionJudged(AssessmentId, round, c.Id, Judgement.Accepted, Reviewer, Now)).ToArray();

    private static object[] RecommendedApproval() =>
        [.. InReview(), .. AllAccepted(), new DecisionRecommended(AssessmentId, 1, Recommendation.Approve, "Alles op orde, goed beleid.", Reviewer, Now)];

    [Fact]
    public void StartReview_WhenSubmitted_IsRecorded()
    {
        var events = ReviewDecider.Decide(Given(Submitted()), new StartReview(Reviewer, Now));

        Assert.Equal([new ReviewStarted(AssessmentId, 1, Reviewer, Now)], events);
    }

    [Fact]
    public void StartReview_WhenAlreadyTaken_SaysAnotherAssessorHasIt()
    {
        var refusal = Assert.Throws<DomainException>(() => ReviewDecider.Decide(Given(InReview()), new StartReview(SecondAssessor, Now)));

        Assert.Contains("Another assessor", refusal.Text.En);
    }

    [Fact]
    public void StartReview_OfWithdrawnAssessment_IsRefused()
    {
        var state = Given([.. Submitted(), new AssessmentWithdrawn(AssessmentId, "We trekken ons terug.", Employer, Now)]);

        Assert.Equal(RefusalKind.Conflict, Assert.Throws<DomainException>(() => ReviewDecider.Decide(state, new StartReview(Reviewer, Now))).Kind);
    }

    [Fact]
    public void RequestChanges_FlagsTheCriteriaJudgedNeedsChange_AndOpensOnlyThoseForEditing()
    {
        var flagged = KnockOut.Id;
        var state = Given([.. InReview(), new CriterionJudged(AssessmentId, 1, flagged, Judgement.NeedsChange, Reviewer, Now)]);

        var requested = Assert.IsType<ChangesRequested>(Assert.Single(ReviewDecider.Decide(state, new RequestChanges("Graag aanvullen.", Reviewer, Now))));
        state = Apply(state, requested);

        Assert.Equal([flagged], requested.CriterionIds);
        Assert.Equal((AssessmentStatus.ChangesRequested, 2), (state.Status, state.Round));
        Assert.NotEmpty(AssessmentDecider.Decide(state, new AnswerCriterion(flagged, "no", Employer, Now), Criteria));
        var other = Criteria.ApplicableTo(SizeClass.Small).First(c => c.Id != flagged && c.Answer == AnswerType.YesNo);
        Assert.Throws<DomainException>(() => AssessmentDecider.Decide(state, new AnswerCriterion(other.Id, "no", Employer, Now), Criteria));
    }

    [Fact]
    public void RequestChanges_WithNothingFlagged_IsRefused()
    {
        Assert.Throws<DomainException>(() => ReviewDecider.Decide(Given(InReview()), new RequestChanges("", Reviewer, Now)));
    }

    [Fact]
    public void Resubmit_AfterChanges_StartsTheNextRound()
    {
        var state = Given([.. InReview(), new CriterionJudged(AssessmentId, 1, KnockOut.Id, Judgement.NeedsChange, Reviewer, Now),
            new ChangesRequested(AssessmentId, 1, [KnockOut.Id], "", Reviewer, Now)]);

        var submitted = Assert.IsType<AssessmentSubmitted>(Assert.Single(AssessmentDecider.Decide(state, new SubmitAssessment(Employer, Now), Criteria)));

        Assert.Equal(2, submitted.Round);
    }

    [Fact]
    public void RecommendApproval_BeforeEveryCriterionIsAccepted_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            ReviewDecider.Decide(Given(InReview()), new RecommendDecision(Recommendation.Approve, "Ziet er goed uit.", Reviewer, Now), Criteria));

        Assert.Contains("not yet", refusal.Text.En);
    }

    [Fact]
    public void Approve_BySecondAssessor_IssuesTheCertificateForTwoYears()
    {
        var events = ReviewDecider.Decide(Given(RecommendedApproval()), new DecideApproval("Eens met het advies.", "HSS-2026-00001", 2, SecondAssessor, Now));

        Assert.IsType<AssessmentApproved>(events[0]);
        var certificate = Assert.IsType<CertificateIssued>(events[1]);
        Assert.Equal(("HSS-2026-00001", new DateOnly(2026, 11, 23), new DateOnly(2028, 11, 22), Criteria.Version),
            (certificate.CertificateNumber, certificate.ValidFrom, certificate.ValidUntil, certificate.CriteriaVersion));
        Assert.Equal(AssessmentStatus.Certified, Given([.. RecommendedApproval(), .. events]).Status);
    }

    [Fact]
    public void Approve_ByTheReviewerThemself_IsForbidden_FourEyes()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            ReviewDecider.Decide(Given(RecommendedApproval()), new DecideApproval("Eens met mezelf.", "HSS-2026-00002", 2, Reviewer, Now)));

        Assert.Equal(RefusalKind.Forbidden, refusal.Kind);
    }

    [Fact]
    public void Reject_ByTheRecommenderWhoDidNotStartTheReview_IsForbidden()
    {
        var recommender = Guid.CreateVersion7();
        var state = Given([.. InReview(), new DecisionRecommended(AssessmentId, 1, Recommendation.Reject, "Meldprocedure ontbreekt.", recommender, Now)]);

        Assert.Equal(RefusalKind.Forbidden, Assert.Throws<DomainException>(() =>
            ReviewDecider.Decide(state, new DecideRejection("Meldprocedure ontbreekt.", recommender, Now))).Kind);
    }

    [Fact]
    public void Decision_WithoutRecommendation_IsRefused()
    {
        Assert.Throws<DomainException>(() => ReviewDecider.Decide(Given(InReview()), new DecideRejection("Te weinig onderbouwd.", SecondAssessor, Now)));
    }

    [Fact]
    public void Decision_OnADraft_IsRefused()
    {
        Assert.Equal(RefusalKind.Conflict, Assert.Throws<DomainException>(() =>
            ReviewDecider.Decide(Given(Started()), new DecideApproval("Goedgekeurd zonder beoordeling.", "HSS-2026-00003", 2, SecondAssessor, Now))).Kind);
    }

    [Fact]
    public void Comment_IsKeptAndEmptyCommentIsRefused()
    {
        var state = Given(InReview());
        var commentId = Guid.CreateVersion7();

        var added = Assert.IsType<CommentAdded>(Assert.Single(ReviewDecider.Decide(state,
            new AddComment(commentId, KnockOut.Id, "Welke vertrouwenspersoon?", Reviewer, "Ahmed", true, Now), Criteria)));

        Assert.Equal("Welke vertrouwenspersoon?", added.Text);
        Assert.Throws<DomainException>(() => ReviewDecider.Decide(state, new AddComment(commentId, KnockOut.Id, "  ", Reviewer, "Ahmed", true, Now), Criteria));
    }
}
