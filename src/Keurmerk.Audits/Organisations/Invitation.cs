using System.Security.Cryptography;
using System.Text;

namespace Keurmerk.Audits.Organisations;

/// <summary>
/// An employer asks a colleague to join the organisation's account. The link in the mail carries a
/// random token; only its SHA-256 is stored, so the database alone cannot accept an invitation.
/// </summary>
public sealed class Invitation
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(14);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public string Email { get; set; } = "";
    public string Name { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public Guid InvitedBy { get; set; }
    public DateTimeOffset InvitedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public Guid? AcceptedBy { get; set; }

    public DateTimeOffset ExpiresAt => InvitedAt + ValidFor;

    public bool IsOpen(DateTimeOffset now) => AcceptedAt is null && now < ExpiresAt;

    /// <summary>A new invitation and the token for its link (shown once, in the mail).</summary>
    public static (Invitation Invitation, string Token) Create(Guid organisationId, string email, string name, Guid by, DateTimeOffset now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        return (new Invitation { OrganisationId = organisationId, Email = email, Name = name, TokenHash = Hash(token), InvitedBy = by, InvitedAt = now }, token);
    }

    public bool Matches(string? token) =>
        token is { Length: > 0 and <= 100 }
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(TokenHash));

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
