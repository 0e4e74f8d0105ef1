using System.Text.Json.Serialization;

namespace Keurmerk.Audits.Register;

/// <summary>A certificate's status as the public sees it; written as a lower-case word in the API.</summary>
public enum CertificateStatus { Certified, Suspended, Expired, Revoked }

public sealed record StatusChange(DateOnly From, CertificateStatus Status, string? Reason);

/// <summary>
/// One certificate in the public register: no contact persons, no e-mail addresses. Kept inline with
/// the decisions, so the register shows a decision in the same request that took it. Its history of
/// status changes answers "what was the status on that date?".
/// </summary>
public sealed record RegisterEntry(
    Guid Id,
    string CertificateNumber,
    Guid OrganisationId,
    string OrganisationName,
    string KvkNumber,
    string City,
    string Sector,
    int CriteriaVersion,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    CertificateStatus Status,
    string? PublicReason,
    IReadOnlyList<StatusChange> History)
{
    /// <summary>The status on a date: null before the certificate existed; past its validity it has expired.</summary>
    public CertificateStatus? StatusOn(DateOnly date)
    {
        if (date < ValidFrom) return null;
        var change = History.LastOrDefault(h => h.From <= date);
        var status = change?.Status ?? CertificateStatus.Certified;
        return date > ValidUntil && status != CertificateStatus.Revoked ? CertificateStatus.Expired : status;
    }

    public RegisterEntry Change(CertificateStatus status, DateOnly from, string? reason) => this with
    {
        Status = status,
        PublicReason = reason,
        History = [.. History, new StatusChange(from, status, reason)],
    };

    public string? ReasonOn(DateOnly date) => History.LastOrDefault(h => h.From <= date)?.Reason;

    // Copied into indexed columns of their own (KeurmerkStore); derived, so not part of the stored JSON.
    [JsonIgnore]
    public string SearchKey => RegisterKeys.Search(OrganisationName, KvkNumber, City);

    [JsonIgnore]
    public string SortKey => RegisterKeys.Sort(OrganisationName, ValidFrom, CertificateNumber);

    [JsonIgnore]
    public string CityKey => RegisterKeys.City(City);
}
