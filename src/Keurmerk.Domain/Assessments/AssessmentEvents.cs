namespace Keurmerk.Domain.Assessments;

// The assessment's history. Each event is a past-tense fact with who and when; once stored, an
// event's meaning never changes: a new need gets a new event.

public sealed record AssessmentStarted(
    Guid AssessmentId,
    Guid OrganisationId,
    string OrganisationName,
    string KvkNumber,
    string City,
    string Sector,
    SizeClass SizeClass,
    string Standard,
    int CriteriaVersion,
    Guid StartedBy,
    DateTimeOffset StartedAt);

public sealed record CriterionAnswered(
    Guid AssessmentId,
    string CriterionId,
    string Value,
    Guid AnsweredBy,
    DateTimeOffset AnsweredAt);

public sealed record EvidenceAttached(
    Guid AssessmentId,
    string CriterionId,
    Guid EvidenceId,
    string FileName,
    string ContentType,
    long SizeInBytes,
    string Sha256,
    Guid AttachedBy,
    DateTimeOffset AttachedAt);

public sealed record EvidenceRemoved(
    Guid AssessmentId,
    string CriterionId,
    Guid EvidenceId,
    string FileName,
    Guid RemovedBy,
    DateTimeOffset RemovedAt);

public sealed record AssessmentSubmitted(
    Guid AssessmentId,
    int Round,
    int ScorePercent,
    Guid SubmittedBy,
    DateTimeOffset SubmittedAt);
