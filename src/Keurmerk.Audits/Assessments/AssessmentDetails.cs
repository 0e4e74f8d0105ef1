using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;

namespace Keurmerk.Audits.Assessments;

/// <summary>An employer's answer; PreviousValue is the answer it replaced in an earlier round, for the reviewer's "what changed".</summary>
public sealed record AnswerView(string Value, Guid AnsweredBy, DateTimeOffset AnsweredAt, int Round = 1, string? PreviousValue = null);

public sealed record EvidenceView(
    Guid EvidenceId,
    string CriterionId,
    string FileName,
    string ContentType,
    long SizeInBytes,
    DateTimeOffset AttachedAt,
    int Round = 1);

public sealed record JudgementView(Judgement Judgement, Guid JudgedBy, DateTimeOffset JudgedAt, int Round);

public sealed record CommentView(Guid CommentId, string CriterionId, string Text, string AuthorName, bool ByAssessor, DateTimeOffset AddedAt, int Round);

public sealed record RecommendationView(Recommendation Recommendation, string Motivation, Guid RecommendedBy, DateTimeOffset RecommendedAt);

public sealed record DecisionView(bool Approved, string Motivation, Guid DecidedBy, DateTimeOffset DecidedAt);

/// <summary>
/// The current view of one assessment, kept inline: it is written in the same transaction as the
/// events, so a page read right after a save shows that save. The employer's answers and the
/// assessor's judgements are kept side by side; neither overwrites the other.
/// </summary>
public sealed record AssessmentDetails(
    Guid Id,
    Guid OrganisationId,
    string OrganisationName,
    string KvkNumber,
    string City,
    string Sector,
    SizeClass SizeClass,
    string Standard,
    int CriteriaVersion,
    AssessmentStatus Status,
    int Round,
    int ScorePercent,
    DateTimeOffset StartedAt,
    DateTimeOffset LastChangedAt,
    DateTimeOffset? SubmittedAt,
    IReadOnlyDictionary<string, AnswerView> Answers,
    IReadOnlyList<EvidenceView> Evidence)
{
    /// <summary>The stream version this view reflects; forms send it back as their expected version.</summary>
    public long Version { get; set; }

    public Guid? ReviewerId { get; init; }
    public IReadOnlyDictionary<string, JudgementView> Judgements { get; init; } = new Dictionary<string, JudgementView>();
    public IReadOnlyList<CommentView> Comments { get; init; } = [];
    public IReadOnlyList<string> Flagged { get; init; } = [];
    public string? ChangesMessage { get; init; }
    public RecommendationView? Recommendation { get; init; }
    public DecisionView? Decision { get; init; }
    public string? CertificateNumber { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidUntil { get; init; }

    /// <summary>For a renewal: the certified assessment it renews, and the criteria new or changed since then.</summary>
    public Guid? RenewalOf { get; init; }
    public IReadOnlyList<string> NewCriteria { get; init; } = [];
    public IReadOnlyList<string> ChangedCriteria { get; init; } = [];

    /// <summary>The measure in force on the certificate, as the employer is told it: why it was suspended or revoked, and when.</summary>
    public string? SuspensionReason { get; init; }
    public DateTimeOffset? SuspendedAt { get; init; }
    public string? RevocationExplanation { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>For a certified assessment: the renewal started from it.</summary>
    public Guid? RenewalId { get; init; }

    public static AssessmentDetails Create(AssessmentStarted e) => new(
        e.AssessmentId, e.OrganisationId, e.OrganisationName, e.KvkNumber, e.City, e.Sector, e.SizeClass, e.Standard,
        e.CriteriaVersion, AssessmentStatus.Draft, Round: 1, ScorePercent: 0, e.StartedAt, e.StartedAt, SubmittedAt: null,
        new Dictionary<string, AnswerView>(), []);

    public AssessmentDetails Apply(CriterionAnswered e)
    {
        var previous = Answers.GetValueOrDefault(e.CriterionId);
        // Keep the answer the reviewer last saw: the one from before this round.
        var before = previous is null ? null : previous.Round < Round ? previous.Value : previous.PreviousValue;
        return this with
        {
            Answers = new Dictionary<string, AnswerView>(Answers) { [e.CriterionId] = new(e.Value, e.AnsweredBy, e.AnsweredAt, Round, before) },
            LastChangedAt = e.AnsweredAt,
        };
    }

    public AssessmentDetails Apply(AnswersCarriedOver e) => this with
    {
        Answers = e.Answers.ToDictionary(a => a.Key, a => new AnswerView(a.Value, e.CarriedBy, e.CarriedAt)),
        Evidence = [.. e.Evidence.Select(x => new EvidenceView(x.EvidenceId, x.CriterionId, x.FileName, x.ContentType, x.SizeInBytes, e.CarriedAt))],
        RenewalOf = e.PreviousAssessmentId,
        NewCriteria = e.NewCriteria,
        ChangedCriteria = e.ChangedCriteria,
        LastChangedAt = e.CarriedAt,
    };

    public AssessmentDetails Apply(RenewalStarted e) => this with { RenewalId = e.RenewalAssessmentId };

    public AssessmentDetails Apply(EvidenceAttached e) => this with
    {
        Evidence = [.. Evidence, new EvidenceView(e.EvidenceId, e.CriterionId, e.FileName, e.ContentType, e.SizeInBytes, e.AttachedAt, Round)],
        LastChangedAt = e.AttachedAt,
    };

    public AssessmentDetails Apply(EvidenceRemoved e) => this with
    {
        Evidence = Evidence.Where(x => x.EvidenceId != e.EvidenceId).ToList(),
        LastChangedAt = e.RemovedAt,
    };

    public AssessmentDetails Apply(AssessmentSubmitted e) => this with
    {
        Status = AssessmentStatus.Submitted,
        ScorePercent = e.ScorePercent,
        SubmittedAt = e.SubmittedAt,
        LastChangedAt = e.SubmittedAt,
        Flagged = [],
    };

    public AssessmentDetails Apply(ReviewStarted e) => this with { Status = AssessmentStatus.InReview, ReviewerId = e.ReviewerId, LastChangedAt = e.StartedAt };

    public AssessmentDetails Apply(CriterionJudged e) => this with
    {
        Judgements = new Dictionary<string, JudgementView>(Judgements) { [e.CriterionId] = new(e.Judgement, e.JudgedBy, e.JudgedAt, e.Round) },
        LastChangedAt = e.JudgedAt,
    };

    public AssessmentDetails Apply(CommentAdded e) => this with
    {
        Comments = [.. Comments, new CommentView(e.CommentId, e.CriterionId, e.Text, e.AuthorName, e.ByAssessor, e.AddedAt, Round)],
        LastChangedAt = e.AddedAt,
    };

    public AssessmentDetails Apply(ChangesRequested e) => this with
    {
        Status = AssessmentStatus.ChangesRequested,
        Round = e.Round + 1,
        Flagged = e.CriterionIds,
        ChangesMessage = e.Message,
        Recommendation = null,
        LastChangedAt = e.RequestedAt,
    };

    public AssessmentDetails Apply(DecisionRecommended e) => this with
    {
        Recommendation = new RecommendationView(e.Recommendation, e.Motivation, e.RecommendedBy, e.RecommendedAt),
        LastChangedAt = e.RecommendedAt,
    };

    public AssessmentDetails Apply(AssessmentApproved e) => this with
    {
        Status = AssessmentStatus.Approved,
        Decision = new DecisionView(true, e.Motivation, e.DecidedBy, e.DecidedAt),
        LastChangedAt = e.DecidedAt,
    };

    public AssessmentDetails Apply(AssessmentRejected e) => this with
    {
        Status = AssessmentStatus.Rejected,
        Decision = new DecisionView(false, e.Reasons, e.DecidedBy, e.DecidedAt),
        LastChangedAt = e.DecidedAt,
    };

    public AssessmentDetails Apply(CertificateIssued e) => this with
    {
        Status = AssessmentStatus.Certified,
        CertificateNumber = e.CertificateNumber,
        ValidFrom = e.ValidFrom,
        ValidUntil = e.ValidUntil,
        LastChangedAt = e.IssuedAt,
    };

    public AssessmentDetails Apply(AssessmentWithdrawn e) => this with { Status = AssessmentStatus.Withdrawn, LastChangedAt = e.WithdrawnAt };

    public AssessmentDetails Apply(CertificateSuspended e) => this with
    {
        Status = AssessmentStatus.Suspended,
        SuspensionReason = e.Reason,
        SuspendedAt = e.SuspendedAt,
        LastChangedAt = e.SuspendedAt,
    };

    public AssessmentDetails Apply(CertificateReinstated e) => this with
    {
        Status = AssessmentStatus.Certified,
        SuspensionReason = null,
        SuspendedAt = null,
        LastChangedAt = e.ReinstatedAt,
    };

    public AssessmentDetails Apply(CertificateRevoked e) => this with
    {
        Status = AssessmentStatus.Revoked,
        RevocationExplanation = e.Explanation,
        RevokedAt = e.RevokedAt,
        LastChangedAt = e.RevokedAt,
    };

    public AssessmentDetails Apply(CertificateExpired e) => this with { Status = AssessmentStatus.Expired, LastChangedAt = e.RecordedAt };

    public IReadOnlyDictionary<string, string> AnswerValues => Answers.ToDictionary(a => a.Key, a => a.Value.Value);

    public IReadOnlyCollection<string> CriteriaWithEvidence => Evidence.Select(e => e.CriterionId).ToHashSet();

    /// <summary>Criteria whose answer or evidence changed in the current round, after an earlier round was reviewed.</summary>
    public bool ChangedThisRound(string criterionId) =>
        Round > 1 && ((Answers.GetValueOrDefault(criterionId)?.Round ?? 0) == Round || Evidence.Any(e => e.CriterionId == criterionId && e.Round == Round));

    public IEnumerable<CommentView> CommentsOn(string criterionId) => Comments.Where(c => c.CriterionId == criterionId);
}
