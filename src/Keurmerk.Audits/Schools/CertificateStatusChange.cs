using Keurmerk.Audits.Register;
using Keurmerk.Domain.Assessments;
using System.Text.Json;

namespace Keurmerk.Audits.Schools;

/// <summary>
/// A certificate's status change as a webhook announces it: only facts the public register shows, so a
/// school's system never receives more than anyone can look up. Statuses are the register API's words.
/// </summary>
public sealed record CertificateStatusChange(
    Guid AssessmentId,
    Guid OrganisationId,
    string KvkNumber,
    string OrganisationName,
    string CertificateNumber,
    string Status,
    DateOnly ValidUntil,
    DateTimeOffset OccurredAt)
{
    public const string EventName = "certificate.status_changed";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The assessment whose certificate an event changes; null for the many events that change no certificate.</summary>
    public static Guid? CertificateOf(object data) => data switch
    {
        CertificateIssued c => c.AssessmentId,
        CertificateSuspended s => s.AssessmentId,
        CertificateReinstated r => r.AssessmentId,
        CertificateRevoked r => r.AssessmentId,
        CertificateExpired x => x.AssessmentId,
        _ => null,
    };

    /// <summary>
    /// The change an event makes. An issued certificate carries its own facts; for later events they come
    /// from the register entry, whose organisation, number and validity never change after issue.
    /// </summary>
    public static CertificateStatusChange? From(object data, RegisterEntry? entry)
    {
        if (data is CertificateIssued c)
            return new(c.AssessmentId, c.OrganisationId, c.KvkNumber, c.OrganisationName, c.CertificateNumber,
                Word(CertificateStatus.Certified), c.ValidUntil, c.IssuedAt);
        (CertificateStatus Status, DateTimeOffset At)? after = data switch
        {
            CertificateSuspended s => (CertificateStatus.Suspended, s.SuspendedAt),
            CertificateReinstated r => (CertificateStatus.Certified, r.ReinstatedAt),
            CertificateRevoked r => (CertificateStatus.Revoked, r.RevokedAt),
            CertificateExpired x => (CertificateStatus.Expired, x.RecordedAt),
            _ => null,
        };
        if (after is not { } change || entry is null) return null;
        return new(entry.Id, entry.OrganisationId, entry.KvkNumber, entry.OrganisationName, entry.CertificateNumber,
            Word(change.Status), entry.ValidUntil, change.At);
    }

    /// <summary>The body a receiver gets; property names and order are the contract shown on the school page.</summary>
    public string ToJson() => JsonSerializer.Serialize(
        new Payload(EventName, KvkNumber, OrganisationName, CertificateNumber, Status, ValidUntil, OccurredAt.UtcDateTime), Json);

    // The register API's word for a status (RegisterWords.Word in the web project): lower-case English.
    private static string Word(CertificateStatus status) => status.ToString().ToLowerInvariant();

    private sealed record Payload(
        string Event, string Kvk, string Organisation, string CertificateNumber, string Status, DateOnly ValidUntil, DateTime OccurredAt);
}
