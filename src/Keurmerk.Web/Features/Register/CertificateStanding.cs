using Keurmerk.Audits.Register;
using Keurmerk.Domain.Assessments;

namespace Keurmerk.Web.Features.Register;

/// <summary>
/// Where a certificate stands on a date, with the facts a school needs to trust the answer: since
/// when, and for a revocation the public reason. Both the verify page and the API read it from here,
/// so they can never disagree.
/// </summary>
public sealed record CertificateStanding(RegisterEntry Entry, DateOnly On, CertificateStatus? Status, DateOnly? Since, RevocationReason? Reason)
{
    public bool IsValid => Status == CertificateStatus.Certified;

    /// <summary>Null status: the certificate did not exist yet on that date.</summary>
    public static CertificateStanding Of(RegisterEntry entry, DateOnly on)
    {
        var status = entry.StatusOn(on);
        DateOnly? since = status switch
        {
            null => null,
            // The first day without validity, whether or not the expiry job has recorded it yet.
            CertificateStatus.Expired => entry.ValidUntil.AddDays(1),
            _ => entry.History.LastOrDefault(h => h.From <= on)?.From ?? entry.ValidFrom,
        };
        RevocationReason? reason = status == CertificateStatus.Revoked && Enum.TryParse<RevocationReason>(entry.ReasonOn(on), out var r) ? r : null;
        return new CertificateStanding(entry, on, status, since, reason);
    }
}

/// <summary>How statuses and reasons are written: lower-case English words in the API, Dutch or English words on pages.</summary>
public static class RegisterWords
{
    /// <summary>The API's word for "no certificate on that date".</summary>
    public const string None = "none";

    public static readonly string[] StatusWords = [.. Enum.GetValues<CertificateStatus>().Select(Word)];

    public static string Word(CertificateStatus status) => status.ToString().ToLowerInvariant();

    public static string Word(CertificateStatus? status) => status is { } s ? Word(s) : None;

    /// <summary>Only the words themselves: Enum.TryParse would also take "0" or "Certified,Revoked".</summary>
    public static CertificateStatus? ParseStatus(string? word)
    {
        foreach (var status in Enum.GetValues<CertificateStatus>())
            if (string.Equals(Word(status), word?.Trim(), StringComparison.OrdinalIgnoreCase)) return status;
        return null;
    }

    /// <summary>"StandardNotMet" becomes "standard-not-met": lower-case like the statuses, still readable.</summary>
    public static string Word(RevocationReason reason) =>
        string.Concat(reason.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));

    public static (string Nl, string En) Label(CertificateStatus status) => status switch
    {
        CertificateStatus.Certified => ("Gecertificeerd", "Certified"),
        CertificateStatus.Suspended => ("Geschorst", "Suspended"),
        CertificateStatus.Expired => ("Verlopen", "Expired"),
        CertificateStatus.Revoked => ("Ingetrokken", "Revoked"),
        _ => (status.ToString(), status.ToString()),
    };

    public static (string Nl, string En) Label(RevocationReason reason) => reason switch
    {
        RevocationReason.StandardNotMet => ("de organisatie voldoet niet meer aan de standaard", "the organisation no longer meets the standard"),
        RevocationReason.ReportingFailure => ("verplichte meldingen zijn niet gedaan", "required reports were not made"),
        RevocationReason.Misrepresentation => ("er is onjuiste informatie verstrekt", "incorrect information was given"),
        RevocationReason.OrganisationRequest => ("op verzoek van de organisatie zelf", "at the organisation's own request"),
        _ => ("een andere reden", "another reason"),
    };

    /// <summary>Bootstrap colour of a status badge.</summary>
    public static string BadgeClass(CertificateStatus status) => status switch
    {
        CertificateStatus.Certified => "text-bg-success",
        CertificateStatus.Suspended => "text-bg-warning",
        CertificateStatus.Revoked => "text-bg-danger",
        _ => "text-bg-secondary",
    };
}
