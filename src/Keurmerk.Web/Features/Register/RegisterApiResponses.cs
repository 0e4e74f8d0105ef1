using Keurmerk.Audits.Register;
using System.ComponentModel;

namespace Keurmerk.Web.Features.Register;

// The public API's contract. Small records of their own, so a change to the stored RegisterEntry never
// changes what schools' systems receive by accident. No contact persons, no e-mail addresses.

[Description("One certificate in a page of the register.")]
public sealed record RegisterItem(
    string CertificateNumber,
    string OrganisationName,
    string KvkNumber,
    string City,
    [property: Description("Status today: certified, suspended, expired or revoked.")] string Status,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    int CriteriaVersion)
{
    public static RegisterItem From(RegisterRow row) => new(
        row.Entry.CertificateNumber, row.Entry.OrganisationName, row.Entry.KvkNumber, row.Entry.City,
        RegisterWords.Word(row.Status), row.Entry.ValidFrom, row.Entry.ValidUntil, row.Entry.CriteriaVersion);
}

[Description("A page of register entries, how many match, and where the next page starts.")]
public sealed record RegisterPageResponse(
    IReadOnlyList<RegisterItem> Items,
    int Page,
    int PageSize,
    [property: Description("How many certificates match, counted up to 1,000.")] long Total,
    [property: Description("True when more than total (1,000) match: counting stopped there.")] bool TotalIsLowerBound,
    [property: Description("Pass as cursor for the next page; null on the last page.")] string? NextCursor);

[Description("One certificate and where it stands on the date asked about (today unless stated).")]
public sealed record CertificateResponse(
    string CertificateNumber,
    string OrganisationName,
    string KvkNumber,
    string City,
    string Sector,
    int CriteriaVersion,
    DateOnly ValidFrom,
    [property: Description("The last day of validity.")] DateOnly ValidUntil,
    [property: Description("certified, suspended, expired, revoked; none if the certificate was issued after the date asked about.")] string Status,
    [property: Description("The day the status took effect; for expired, the first day without validity.")] DateOnly? StatusSince,
    [property: Description("For a revoked certificate the public reason: standard-not-met, reporting-failure, misrepresentation, organisation-request or other.")] string? RevocationReason,
    [property: Description("Where people can check the certificate.")] string VerifyUrl,
    [property: Description("The certificate as a PDF.")] string PdfUrl)
{
    public static CertificateResponse From(CertificateStanding standing)
    {
        var e = standing.Entry;
        return new CertificateResponse(e.CertificateNumber, e.OrganisationName, e.KvkNumber, e.City, e.Sector, e.CriteriaVersion,
            e.ValidFrom, e.ValidUntil, RegisterWords.Word(standing.Status), standing.Since,
            standing.Reason is { } reason ? RegisterWords.Word(reason) : null,
            $"/verify/{Uri.EscapeDataString(e.CertificateNumber)}", $"/certificates/{Uri.EscapeDataString(e.CertificateNumber)}/pdf");
    }
}

[Description("An organisation's standing in the register on a date (today unless 'on' is given), and all its certificates as they stood then.")]
public sealed record OrganisationResponse(
    string KvkNumber,
    string OrganisationName,
    string City,
    [property: Description("The date the statuses apply to.")] DateOnly On,
    [property: Description("certified, suspended, expired or revoked; none when the organisation held no certificate yet on that date.")] string Status,
    [property: Description("The certificate the status comes from; null when status is none.")] string? CertificateNumber,
    [property: Description("Every certificate, the one in force first, then newest first.")] IReadOnlyList<CertificateResponse> Certificates)
{
    public static OrganisationResponse From(IReadOnlyList<CertificateStanding> standings, DateOnly on)
    {
        var latest = standings.MaxBy(s => s.Entry.ValidFrom)!.Entry; // the name and city as last certified
        var standing = standings.FirstOrDefault(s => s.Status is not null);
        return new OrganisationResponse(latest.KvkNumber, latest.OrganisationName, latest.City, on,
            RegisterWords.Word(standing?.Status), standing?.Entry.CertificateNumber,
            [.. standings.Select(CertificateResponse.From)]);
    }
}
