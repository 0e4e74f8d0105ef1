namespace Keurmerk.Domain.Assessments;

// What a person asks of an assessment. Each carries who asks and the time from an injected clock.

public sealed record StartAssessment(
    Guid AssessmentId,
    Guid OrganisationId,
    string OrganisationName,
    string KvkNumber,
    string City,
    string Sector,
    SizeClass SizeClass,
    Guid By,
    DateTimeOffset Now);

public sealed record AnswerCriterion(string CriterionId, string Value, Guid By, DateTimeOffset Now);

public sealed record AttachEvidence(
    string CriterionId,
    Guid EvidenceId,
    string FileName,
    string ContentType,
    long SizeInBytes,
    string Sha256,
    Guid By,
    DateTimeOffset Now);

public sealed record RemoveEvidence(Guid EvidenceId, Guid By, DateTimeOffset Now);

public sealed record SubmitAssessment(Guid By, DateTimeOffset Now);

