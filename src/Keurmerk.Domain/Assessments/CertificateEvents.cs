namespace Keurmerk.Domain.Assessments;

/// <summary>Why a certificate was revoked, as the public register shows it (the details stay internal).</summary>
public enum RevocationReason { StandardNotMet, ReportingFailure, Misrepresentation, OrganisationRequest, Other }

public sealed record CertificateSuspended(Guid AssessmentId, string CertificateNumber, string Reason, Guid SuspendedBy, DateTimeOffset SuspendedAt);

public sealed record CertificateReinstated(Guid AssessmentId, string CertificateNumber, string Reason, Guid ReinstatedBy, DateTimeOffset ReinstatedAt);

public sealed record CertificateRevoked(
    Guid AssessmentId,
    string CertificateNumber,
    RevocationReason PublicReason,
    string Explanation,
    Guid RevokedBy,
    DateTimeOffset RevokedAt);

/// <summary>Validity ended. Appended by the daily expiry job (or on demand); ExpiredOn is the first day without validity.</summary>
public sealed record CertificateExpired(Guid AssessmentId, string CertificateNumber, DateOnly ExpiredOn, DateTimeOffset RecordedAt);

public sealed record SuspendCertificate(string Reason, Guid By, DateTimeOffset Now);

public sealed record ReinstateCertificate(string Reason, Guid By, DateTimeOffset Now);

public sealed record RevokeCertificate(RevocationReason PublicReason, string Explanation, Guid By, DateTimeOffset Now);

public sealed record ExpireCertificate(DateTimeOffset Now);
