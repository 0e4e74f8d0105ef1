using System.Collections.Immutable;

namespace Keurmerk.Domain.Assessments;

public sealed record EvidenceRef(Guid EvidenceId, string CriterionId, string FileName, string ContentType = "", long SizeInBytes = 0, string Sha256 = "");

/// <summary>A decision against the employer (rejection, suspension or revocation): the status it led to, who took it and when.</summary>
public sealed record AdverseDecision(AssessmentStatus Outcome, Guid DecidedBy, DateTimeOffset DecidedAt);

/// <summary>
/// What decisions about an assessment need to know, rebuilt from its events. Immutable: each event
/// gives a new state.
/// </summary>
public sealed record Assessment(
    Guid Id,
    Guid OrganisationId,
    string OrganisationName,
    string KvkNumber,
    string City,
    string Sector,
    SizeClass SizeClass,
    int CriteriaVersion,
    AssessmentStatus Status,
    int Round,
    ImmutableDictionary<string, string> Answers,
    ImmutableDictionary<Guid, EvidenceRef> Evidence,
    Guid? ReviewerId = null,
    ImmutableDictionary<string, Judgement>? Judgements = null,
    ImmutableHashSet<string>? Flagged = null,
    Recommendation? Recommendation = null,
    Guid? RecommendedBy = null,
    string? CertificateNumber = null,
    DateOnly? ValidUntil = null,
    Guid? RenewalId = null)
{
    /// <summary>The assessor's judgement per criterion; accepted ones carry over to the next round.</summary>
    public ImmutableDictionary<string, Judgement> Judgements { get; init; } = Judgements ?? ImmutableDictionary<string, Judgement>.Empty;

    /// <summary>The criteria an assessor asked to change; in that state the employer may change only these.</summary>
    public ImmutableHashSet<string> Flagged { get; init; } = Flagged ?? [];

    /// <summary>The latest rejection, suspension or revocation: who took it and when, which an objection needs to know.</summary>
    public AdverseDecision? LastAdverseDecision { get; init; }

    /// <summary>
    /// The next state after one event: the only place events change state. (One function rather than
    /// Create/Apply methods, so Marten rebuilds it through AssessmentEvolution without conventions.)
    /// </summary>
    public static Assessment? Evolve(Assessment? state, object @event) => (state, @event) switch
    {
        (null, AssessmentStarted e) => new Assessment(
            e.AssessmentId, e.OrganisationId, e.OrganisationName, e.KvkNumber, e.City, e.Sector, e.SizeClass,
            e.CriteriaVersion, AssessmentStatus.Draft, Round: 1,
            ImmutableDictionary<string, string>.Empty, ImmutableDictionary<Guid, EvidenceRef>.Empty),
        (null, _) => null,
        (_, CriterionAnswered e) => state with { Answers = state.Answers.SetItem(e.CriterionId, e.Value) },
        (_, EvidenceAttached e) => state with
        {
            Evidence = state.Evidence.SetItem(e.EvidenceId,
                new EvidenceRef(e.EvidenceId, e.CriterionId, e.FileName, e.ContentType, e.SizeInBytes, e.Sha256)),
        },
        (_, AnswersCarriedOver e) => state with
        {
            Answers = state.Answers.SetItems(e.Answers),
            Evidence = state.Evidence.SetItems(e.Evidence.Select(x => KeyValuePair.Create(x.EvidenceId,
                new EvidenceRef(x.EvidenceId, x.CriterionId, x.FileName, x.ContentType, x.SizeInBytes, x.Sha256)))),
        },
        (_, RenewalStarted e) => state with { RenewalId = e.RenewalAssessmentId },
        (_, EvidenceRemoved e) => state with { Evidence = state.Evidence.Remove(e.EvidenceId) },
        (_, AssessmentSubmitted) => state with { Status = AssessmentStatus.Submitted, Flagged = [] },
        (_, ReviewStarted e) => state with { Status = AssessmentStatus.InReview, ReviewerId = e.ReviewerId },
        (_, CriterionJudged e) => state with { Judgements = state.Judgements.SetItem(e.CriterionId, e.Judgement) },
        (_, CommentAdded) => state,
        (_, ChangesRequested e) => state with
        {
            Status = AssessmentStatus.ChangesRequested,
            Round = state.Round + 1,
            Flagged = [.. e.CriterionIds],
            Judgements = state.Judgements.RemoveRange(e.CriterionIds),
            Recommendation = null,
            RecommendedBy = null,
        },
        (_, DecisionRecommended e) => state with { Recommendation = e.Recommendation, RecommendedBy = e.RecommendedBy },
        (_, AssessmentApproved) => state with { Status = AssessmentStatus.Approved },
        (_, AssessmentRejected e) => state with
        {
            Status = AssessmentStatus.Rejected,
            LastAdverseDecision = new AdverseDecision(AssessmentStatus.Rejected, e.DecidedBy, e.DecidedAt),
        },
        (_, CertificateIssued e) => state with
        {
            Status = AssessmentStatus.Certified,
            CertificateNumber = e.CertificateNumber,
            ValidUntil = e.ValidUntil,
        },
        (_, AssessmentWithdrawn) => state with { Status = AssessmentStatus.Withdrawn },
        (_, CertificateSuspended e) => state with
        {
            Status = AssessmentStatus.Suspended,
            LastAdverseDecision = new AdverseDecision(AssessmentStatus.Suspended, e.SuspendedBy, e.SuspendedAt),
        },
        (_, CertificateReinstated) => state with { Status = AssessmentStatus.Certified },
        (_, CertificateRevoked e) => state with
        {
            Status = AssessmentStatus.Revoked,
            LastAdverseDecision = new AdverseDecision(AssessmentStatus.Revoked, e.RevokedBy, e.RevokedAt),
        },
        (_, CertificateExpired) => state with { Status = AssessmentStatus.Expired },
        _ => state,
    };

    public IReadOnlyCollection<string> CriteriaWithEvidence => Evidence.Values.Select(e => e.CriterionId).ToHashSet();

    /// <summary>The people who took part in this round's review: none of them may take the final decision.</summary>
    public bool TookPartInReview(Guid person) => person == ReviewerId || person == RecommendedBy;
}
