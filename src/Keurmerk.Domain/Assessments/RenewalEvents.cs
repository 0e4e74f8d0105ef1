namespace Keurmerk.Domain.Assessments;

/// <summary>On the certified assessment's stream: a renewal was started from it. Only one per certificate.</summary>
public sealed record RenewalStarted(Guid AssessmentId, Guid RenewalAssessmentId, Guid StartedBy, DateTimeOffset StartedAt);

public sealed record CarriedEvidence(Guid EvidenceId, Guid SourceEvidenceId, string CriterionId, string FileName, string ContentType, long SizeInBytes, string Sha256);

/// <summary>
/// On the renewal's stream, right after AssessmentStarted: the answers and evidence taken over from the
/// previous assessment, and which criteria are new or changed since the version assessed then.
/// </summary>
public sealed record AnswersCarriedOver(
    Guid AssessmentId,
    Guid PreviousAssessmentId,
    int PreviousCriteriaVersion,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyList<CarriedEvidence> Evidence,
    IReadOnlyList<string> NewCriteria,
    IReadOnlyList<string> ChangedCriteria,
    Guid CarriedBy,
    DateTimeOffset CarriedAt);

/// <summary>
/// EarlierRenewalStatus: the status of the renewal already started from this certificate, if any (read
/// by the caller, as Now is); a withdrawn or rejected one does not block another attempt.
/// </summary>
public sealed record StartRenewal(Guid RenewalAssessmentId, Guid By, DateTimeOffset Now, AssessmentStatus? EarlierRenewalStatus = null);
