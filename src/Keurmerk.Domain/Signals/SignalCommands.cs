using Keurmerk.Domain.Assessments;

namespace Keurmerk.Domain.Signals;

/// <summary>KvkNumber as the reporter typed it, for the message when it leads nowhere.</summary>
public sealed record RaiseSignal(
    Guid SignalId,
    string KvkNumber,
    SignalCategory? Category,
    string Description,
    string? Contact,
    Guid? RaisedBySchoolUserId,
    DateTimeOffset Now);

public sealed record DismissSignal(string Reason, Guid By, DateTimeOffset Now);

public sealed record RequestEmployerResponse(string Question, Guid By, DateTimeOffset Now);

/// <summary>OrganisationId is the responder's own organisation: only that organisation may answer.</summary>
public sealed record RespondToSignal(Guid OrganisationId, string Text, Guid By, DateTimeOffset Now);

/// <summary>
/// What a KvK number led to: the organisation and every certificate it was ever issued, as they
/// stand now. Null when no organisation has that KvK number.
/// </summary>
public sealed record SignalSubject(Guid OrganisationId, string OrganisationName, string KvkNumber, IReadOnlyList<CertificateHeld> Certificates);

public sealed record CertificateHeld(Guid AssessmentId, string CertificateNumber, AssessmentStatus Status, DateOnly ValidUntil);

/// <summary>A triage step that acts on the certificate: events for the signal's stream and for the assessment's stream.</summary>
public sealed record SignalDecision(object[] SignalEvents, object[] CertificateEvents);
