using Keurmerk.Domain.Assessments;

namespace Keurmerk.Domain.Signals;

/// <summary>What a signal is about, in the words of the Haagse Stagestandaard's themes.</summary>
public enum SignalCategory { RecruitmentAndSelection, TreatmentDuringInternship, HandlingOfAReport, Other }

/// <summary>A step on the certificate that an assessor took because of a signal.</summary>
public enum CertificateAction { Suspend, Reinstate, Revoke }

/// <summary>
/// A school or a student reports a concern about a certified organisation. The reporter may stay
/// anonymous: Contact is optional and free text, and no student name is ever asked for. The
/// organisation and certificate are recorded as the reporter saw them, so the signal reads the same
/// after a renewal. RaisedBySchoolUserId is null when the public form was used.
/// </summary>
public sealed record SignalRaised(
    Guid SignalId,
    string Reference,
    Guid AssessmentId,
    Guid OrganisationId,
    string OrganisationName,
    string KvkNumber,
    string CertificateNumber,
    SignalCategory Category,
    string Description,
    string? Contact,
    Guid? RaisedBySchoolUserId,
    DateTimeOffset RaisedAt);

/// <summary>Closed without (further) measures on the certificate.</summary>
public sealed record SignalDismissed(Guid SignalId, string Reason, Guid DismissedBy, DateTimeOffset DismissedAt);

public sealed record EmployerResponseRequested(Guid SignalId, string Question, Guid RequestedBy, DateTimeOffset RequestedAt);

public sealed record EmployerResponded(Guid SignalId, string Text, Guid RespondedBy, DateTimeOffset RespondedAt);

/// <summary>
/// The signal's own record of a measure whose certificate event (CertificateSuspended, -Reinstated or
/// -Revoked) was appended to the assessment stream in the same transaction. PublicReason only for a revocation.
/// </summary>
public sealed record SignalActionTaken(
    Guid SignalId,
    Guid AssessmentId,
    CertificateAction Action,
    string Reason,
    RevocationReason? PublicReason,
    Guid TakenBy,
    DateTimeOffset TakenAt);
