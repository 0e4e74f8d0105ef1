namespace Keurmerk.Audits.Credentials;

/// <summary>
/// A certificate's verifiable credential: its place in the status lists and its two status bits. The
/// bits are written by <see cref="CredentialStatusRules"/> in the same transaction as the suspension,
/// reinstatement or revocation; the published status lists are composed from them. The signed credential
/// is kept once made, so the employer downloads the same bytes every time.
/// </summary>
public sealed record CertificateCredential(
    Guid Id,
    string CertificateNumber,
    int StatusListIndex,
    bool Suspended,
    bool Revoked,
    DateTimeOffset AllocatedAt)
{
    /// <summary>The credential as issued (compact JWS, application/vc+jwt); null until first asked for.</summary>
    public string? Jwt { get; init; }
}
