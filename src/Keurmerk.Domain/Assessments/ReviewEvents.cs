namespace Keurmerk.Domain.Assessments;

public enum Judgement { Accepted, NeedsChange }

public enum Recommendation { Approve, Reject }

public sealed record ReviewStarted(Guid AssessmentId, int Round, Guid ReviewerId, DateTimeOffset StartedAt);

/// <summary>An assessor's judgement of one criterion in one round; stored beside the employer's answer, never over it.</summary>
public sealed record CriterionJudged(
    Guid AssessmentId,
    int Round,
    string CriterionId,
    Judgement Judgement,
    Guid JudgedBy,
    DateTimeOffset JudgedAt);

/// <summary>One message in a criterion's thread between assessor and employer, kept across rounds.</summary>
public sealed record CommentAdded(
    Guid AssessmentId,
    Guid CommentId,
    string CriterionId,
    string Text,
    Guid AuthorId,
    string AuthorName,
    bool ByAssessor,
    DateTimeOffset AddedAt);

public sealed record ChangesRequested(
    Guid AssessmentId,
    int Round,
    IReadOnlyList<string> CriterionIds,
    string Message,
    Guid RequestedBy,
    DateTimeOffset RequestedAt);

public sealed record DecisionRecommended(
    Guid AssessmentId,
    int Round,
    Recommendation Recommendation,
    string Motivation,
    Guid RecommendedBy,
    DateTimeOffset RecommendedAt);

public sealed record AssessmentApproved(Guid AssessmentId, int Round, string Motivation, Guid DecidedBy, DateTimeOffset DecidedAt);

public sealed record AssessmentRejected(Guid AssessmentId, int Round, string Reasons, Guid DecidedBy, DateTimeOffset DecidedAt);

/// <summary>The certificate that follows an approval; its number comes from a PostgreSQL sequence and is never reused.</summary>
public sealed record CertificateIssued(
    Guid AssessmentId,
    string CertificateNumber,
    Guid OrganisationId,
    string OrganisationName,
    string KvkNumber,
    string City,
    string Sector,
    int CriteriaVersion,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    Guid IssuedBy,
    DateTimeOffset IssuedAt);

public sealed record AssessmentWithdrawn(Guid AssessmentId, string Reason, Guid WithdrawnBy, DateTimeOffset WithdrawnAt);
