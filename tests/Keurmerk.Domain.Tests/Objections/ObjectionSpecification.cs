using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Objections;
using Keurmerk.Domain.Tests.Assessments;

namespace Keurmerk.Domain.Tests.Objections;

/// <summary>Given an assessment's decisions and an objection's events, when a command, then events or a refusal.</summary>
public abstract class ObjectionSpecification : AssessmentSpecification
{
    protected static readonly Guid Reviewer = Guid.CreateVersion7();
    protected static readonly Guid Decider = Guid.CreateVersion7();
    protected static readonly Guid Suspender = Guid.CreateVersion7();
    protected static readonly Guid Handler = Guid.CreateVersion7();
    protected static readonly Guid OtherAssessor = Guid.CreateVersion7();
    protected static readonly Guid ObjectionId = Guid.CreateVersion7();

    /// <summary>Decided in the afternoon, Dutch time: the six weeks count from that date.</summary>
    protected static readonly DateTimeOffset DecidedAt = new(2026, 11, 23, 15, 0, 0, TimeSpan.FromHours(1));

    protected static object[] Submitted() => [Started(), .. CompleteAnswers(), new AssessmentSubmitted(AssessmentId, 1, 100, Employer, Now)];

    protected static object[] Rejected() =>
    [
        .. Submitted(), new ReviewStarted(AssessmentId, 1, Reviewer, Now),
        new DecisionRecommended(AssessmentId, 1, Recommendation.Reject, "Beleid ontbreekt op meerdere punten.", Reviewer, Now),
        new AssessmentRejected(AssessmentId, 1, "Onvoldoende begeleiding van stagiairs.", Decider, DecidedAt),
    ];

    protected static object[] Certified() =>
    [
        .. Submitted(), new ReviewStarted(AssessmentId, 1, Reviewer, Now),
        new DecisionRecommended(AssessmentId, 1, Recommendation.Approve, "Voldoet aan de standaard.", Reviewer, Now),
        new AssessmentApproved(AssessmentId, 1, "Eens met het advies.", Decider, Now),
        new CertificateIssued(AssessmentId, "HSS-2026-00042", Guid.CreateVersion7(), "Bakkerij De Korrel", "12345678", "Den Haag", "horeca",
            1, new DateOnly(2026, 11, 23), new DateOnly(2028, 11, 22), Decider, Now),
    ];

    protected static CertificateSuspended Suspension(DateTimeOffset? at = null) =>
        new(AssessmentId, "HSS-2026-00042", "Een melding over uitsluiting wordt onderzocht.", Suspender, at ?? DecidedAt);

    protected static CertificateRevoked Revocation() =>
        new(AssessmentId, "HSS-2026-00042", RevocationReason.StandardNotMet, "Ernstige tekortkoming bij de begeleiding.", Suspender, DecidedAt);

    /// <summary>Lodged by the assessment's own organisation (read from state: each Started() makes a new one).</summary>
    protected static LodgeObjection Lodge(Assessment assessment, DateTimeOffset now, string motivation = "Wij hebben wel degelijk een stagebeleid.") =>
        new(ObjectionId, motivation, [new ObjectionFileRef(Guid.CreateVersion7(), "beleid.pdf", "application/pdf", 1200, "abc")],
            assessment.OrganisationId, Employer, now);

    protected static ObjectionLodged Lodged(ObjectionAgainst against, params Guid[] decidedBy) =>
        new(ObjectionId, AssessmentId, Guid.CreateVersion7(), "Bakkerij De Korrel", against, decidedBy, DecidedAt,
            "Wij hebben wel degelijk een stagebeleid.", [], Employer, DecidedAt.AddDays(3));

    protected static Objection GivenObjection(params object[] events) => events.Aggregate((Objection?)null, Objection.Evolve)!;
}
